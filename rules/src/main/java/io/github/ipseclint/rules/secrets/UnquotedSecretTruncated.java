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
import io.github.ipseclint.model.settings.SettingsValue;
import io.github.ipseclint.model.settings.SettingsValuePart;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.parse.settings.SwanctlSecretsConverter;
import io.github.ipseclint.rules.secrets.WrittenSecrets.SwanctlSecret;
import java.util.List;

/**
 * An unquoted secret with a blank or {@code #} in it (formats.md §4.3, §3.5): strongSwan's
 * ipsec.secrets reader ends it at the first blank and ignores the rest silently; swanctl.conf ends
 * an unquoted value at {@code #} and joins words with single spaces. (Libreswan drops such
 * entries instead: {@code unprefixed-libreswan-secret}, {@code secret-trailing-tokens}.)
 */
@LintRule(id = "unquoted-secret-truncated", name = "UnquotedSecretTruncated", severity = Severity.ERROR,
    tags = {Tag.SECURITY, Tag.SECRETS, Tag.CORRECTNESS}, securitySeverity = 7.0,
    description = "An unquoted secret contains a blank or '#', so strongSwan silently uses only part of it")
public final class UnquotedSecretTruncated implements DocumentRule {

  @Override
  public void check(Document document, Reporter reporter) {
    if (document.target().implementation() == Implementation.STRONGSWAN) {
      for (SecretEntry entry : WrittenSecrets.entries(document)) {
        if (isTruncatedAtBlank(entry)) {
          SecretValue value = entry.value().orElseThrow();
          reporter.report(value.span(), "strongSwan ends an unquoted secret at the first blank: it uses only the"
              + " first %s as the key and silently ignores the %d word%s after it; put the whole secret in double"
              + " quotes", bytes(value.decoded().map(d -> d.length()).orElse(0)), entry.trailing().size(),
              entry.trailing().size() == 1 ? "" : "s");
        }
      }
    }
    for (SwanctlSecret secret : WrittenSecrets.swanctl(document)) {
      SettingsValue value = secret.value();
      List<SettingsValuePart> parts = value.parts();
      SettingsValuePart last = parts.get(parts.size() - 1);
      int keyBytes = SwanctlSecretsConverter.decode(value.text()).length();
      if (!last.quoted() && WrittenSecrets.commentAt(document, last.span().file(), last.span().endLine(),
          last.span().endColumn()).isPresent()) {
        reporter.report(value.span(), "swanctl ends an unquoted value at '#': '%s' sends only the %s before it"
            + " and the rest of the line is a comment; put the whole secret in double quotes",
            secret.section(), bytes(keyBytes));
      } else if (hasUnquotedGap(parts)) {
        reporter.report(value.span(), "swanctl joins the words of an unquoted value with single spaces: the"
            + " blanks between them are not kept as written and '%s' sends a key of %s; put the whole secret in"
            + " double quotes", secret.section(), bytes(keyBytes));
      }
    }
  }

  /** strongSwan: an unquoted secret followed by more words that are not a comment. */
  static boolean isTruncatedAtBlank(SecretEntry entry) {
    SecretValue value = entry.value().orElseThrow();
    return value.quoting() == SecretQuoting.NONE && value.terminated() && !entry.trailing().isEmpty()
        && !WrittenSecrets.startsComment(entry.trailing().get(0));
  }

  /** Two unquoted words separated by anything but exactly one SPACE. */
  private static boolean hasUnquotedGap(List<SettingsValuePart> parts) {
    for (int i = 0; i + 1 < parts.size(); i++) {
      Span before = parts.get(i).span();
      Span after = parts.get(i + 1).span();
      if (parts.get(i).quoted() || parts.get(i + 1).quoted()) {
        continue;
      }
      boolean oneSpace = before.endLine() == after.line() && after.column() == before.endColumn() + 1
          && before.file().byteAt(before.file().offset(before.endLine(), before.endColumn())) == ' ';
      if (!oneSpace) {
        return true;
      }
    }
    return false;
  }
}
