// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.secrets;

import static io.github.ipseclint.rules.secrets.WrittenSecrets.bytes;

import io.github.ipseclint.engine.DocumentRule;
import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Reporter;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.document.Document;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.secrets.SecretEncoding;
import io.github.ipseclint.model.secrets.SecretEntry;
import io.github.ipseclint.model.secrets.SecretQuoting;
import io.github.ipseclint.model.secrets.SecretValue;
import io.github.ipseclint.model.target.Implementation;

/**
 * pluto reads an unquoted secret only with a {@code 0x}, {@code 0s} or {@code 0t} prefix
 * (formats.md §6.3): {@code : PSK secret}, valid for strongSwan, is dropped with "PSK data
 * malformed (input does not begin with format prefix)". Backticks do not quote a secret either.
 */
@LintRule(id = "unprefixed-libreswan-secret", name = "UnprefixedLibreswanSecret", severity = Severity.ERROR,
    tags = {Tag.SECRETS, Tag.CORRECTNESS},
    description = "A Libreswan secret is written without quotes and without a 0x, 0s or 0t prefix, so pluto drops the entry")
public final class UnprefixedLibreswanSecret implements DocumentRule {

  @Override
  public void check(Document document, Reporter reporter) {
    if (document.target().implementation() != Implementation.LIBRESWAN) {
      return;
    }
    for (SecretEntry entry : WrittenSecrets.entries(document)) {
      SecretValue value = entry.value().orElseThrow();
      boolean unquoted = value.quoting() == SecretQuoting.NONE || value.quoting() == SecretQuoting.BACKTICKS;
      if (unquoted && value.terminated() && value.encoding() == SecretEncoding.PLAIN_TEXT) {
        String how = value.quoting() == SecretQuoting.BACKTICKS ? "backtick-quoted" : "unquoted";
        reporter.report(value.span(), "pluto drops this entry: a %s secret (%s) must start with 0x, 0s or 0t"
            + " (PSK data malformed: input does not begin with format prefix), so no key is loaded; put the"
            + " secret in double quotes", how, bytes(value.written().length()));
      }
    }
  }
}
