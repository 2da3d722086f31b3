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
import io.github.ipseclint.model.secrets.SecretQuoting;
import io.github.ipseclint.model.secrets.SecretValue;
import io.github.ipseclint.model.secrets.TrailingToken;
import io.github.ipseclint.model.settings.SettingsValue;
import io.github.ipseclint.model.settings.SettingsValuePart;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.parse.settings.SwanctlSecretsConverter;
import io.github.ipseclint.rules.secrets.WrittenSecrets.SwanctlSecret;
import java.util.List;

/**
 * A quote meant as part of a quoted secret ends it (formats.md §4.3, §6.3, §3.5): ipsec.secrets
 * has no escapes, so strongSwan keeps the bytes before the quote and ignores the rest, and pluto
 * drops the record; in swanctl.conf the string ends and the pieces are joined with one space.
 */
@LintRule(id = "quote-inside-quoted-secret", name = "QuoteInsideQuotedSecret", severity = Severity.ERROR,
    tags = {Tag.SECURITY, Tag.SECRETS, Tag.CORRECTNESS}, securitySeverity = 7.0,
    description = "A quote inside a quoted secret ends the secret there, so the daemon uses another key or drops the entry")
public final class QuoteInsideQuotedSecret implements DocumentRule {

  @Override
  public void check(Document document, Reporter reporter) {
    for (SecretEntry entry : WrittenSecrets.entries(document)) {
      SecretValue value = entry.value().orElseThrow();
      if (isCutByQuote(entry)) {
        String quote = value.quoting() == SecretQuoting.DOUBLE_QUOTES ? "double" : "single";
        String escape = value.written().copyOfBytes().length > 0 && endsWithBackslash(value)
            ? " (a backslash does not escape it in ipsec.secrets)" : "";
        if (document.target().implementation() == Implementation.STRONGSWAN) {
          reporter.report(value.span(), "a %s quote inside this quoted secret ends it%s: strongSwan uses only the"
              + " %s before it as the key and silently ignores the rest of the line; quote the secret with the"
              + " other quote character or write it as 0x hex", quote, escape, bytes(value.written().length()));
        } else {
          reporter.report(value.span(), "a %s quote inside this quoted secret ends it%s: pluto finds more text"
              + " after the secret and drops the whole entry (expected record boundary in key); quote the secret"
              + " with the other quote character or write it as 0x hex", quote, escape);
        }
      }
    }
    for (SwanctlSecret secret : WrittenSecrets.swanctl(document)) {
      SettingsValue value = secret.value();
      if (hasGluedQuotedPart(value.parts())) {
        reporter.report(value.span(), "a double quote inside the quoted secret of '%s' ends the string: swanctl"
            + " joins the %d pieces with single spaces and sends a key of %s; write an embedded quote as \\\"",
            secret.section(), value.parts().size(), bytes(SwanctlSecretsConverter.decode(value.text()).length()));
      }
    }
  }

  /** A quoted secret followed right away by more text, or ended by a quote after a backslash. */
  static boolean isCutByQuote(SecretEntry entry) {
    SecretValue value = entry.value().orElseThrow();
    if (value.quoting() != SecretQuoting.DOUBLE_QUOTES && value.quoting() != SecretQuoting.SINGLE_QUOTES
        || !value.terminated() || entry.trailing().isEmpty()) {
      return false;
    }
    TrailingToken next = entry.trailing().get(0);
    return touches(value.span(), next.span()) || endsWithBackslash(value);
  }

  private static boolean endsWithBackslash(SecretValue value) {
    byte[] written = value.written().copyOfBytes();
    return written.length > 0 && written[written.length - 1] == '\\';
  }

  private static boolean hasGluedQuotedPart(List<SettingsValuePart> parts) {
    for (int i = 0; i + 1 < parts.size(); i++) {
      if ((parts.get(i).quoted() || parts.get(i + 1).quoted()) && touches(parts.get(i).span(), parts.get(i + 1).span())) {
        return true;
      }
    }
    return false;
  }

  static boolean touches(Span before, Span after) {
    return before.file().equals(after.file()) && before.endLine() == after.line()
        && before.endColumn() == after.column();
  }
}
