// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.secrets;

import static io.github.ipseclint.rules.secrets.WrittenSecrets.bytes;

import io.github.ipseclint.engine.DocumentRule;
import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Reporter;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.document.Document;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.secrets.SecretEntry;
import io.github.ipseclint.model.secrets.SecretValue;
import io.github.ipseclint.model.secrets.TrailingToken;
import io.github.ipseclint.model.target.Implementation;

/**
 * Text after the secret of an ipsec.secrets entry (formats.md §4.3 rule 3, §6.3 rule 4): strongSwan
 * ignores it without a message, pluto drops the whole record. Cut quotes and unquoted secrets with
 * blanks have their own rules ({@code quote-inside-quoted-secret}, {@code unquoted-secret-truncated}).
 */
@LintRule(id = "secret-trailing-tokens", name = "SecretTrailingTokens", severity = Severity.ERROR,
    tags = {Tag.SECRETS, Tag.CORRECTNESS},
    description = "Text follows the secret of an ipsec.secrets entry, which strongSwan ignores silently and Libreswan rejects")
public final class SecretTrailingTokens implements DocumentRule {

  @Override
  public void check(Document document, Reporter reporter) {
    boolean strongswan = document.target().implementation() == Implementation.STRONGSWAN;
    for (SecretEntry entry : WrittenSecrets.entries(document)) {
      if (entry.trailing().isEmpty() || !entry.value().orElseThrow().terminated()
          || QuoteInsideQuotedSecret.isCutByQuote(entry)
          || strongswan && (UnquotedSecretTruncated.isTruncatedAtBlank(entry)
              || WrittenSecrets.startsComment(entry.trailing().get(0)))) {
        continue;
      }
      SecretValue value = entry.value().orElseThrow();
      TrailingToken first = entry.trailing().get(0);
      int count = entry.trailing().size();
      String tokens = count + (count == 1 ? " token" : " tokens");
      if (strongswan) {
        reporter.report(first.span(), "strongSwan silently ignores the %s after the secret: the key is only the %s"
            + " before them; remove the extra text, or start it with '#' if it is a comment", tokens,
            bytes(value.decoded().map(decoded -> decoded.length()).orElse(0)));
      } else {
        reporter.report(first.span(), "pluto drops this entry because %s follow the secret (expected record"
            + " boundary in key), so no key is loaded; remove the extra text or make it a '#' comment", tokens);
      }
    }
  }
}
