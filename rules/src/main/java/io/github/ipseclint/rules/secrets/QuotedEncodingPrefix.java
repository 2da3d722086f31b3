// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.secrets;

import static io.github.ipseclint.rules.secrets.WrittenSecrets.bytes;

import io.github.ipseclint.engine.DocumentRule;
import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Reporter;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.document.Document;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.secrets.SecretBytes;
import io.github.ipseclint.model.secrets.SecretEncoding;
import io.github.ipseclint.model.secrets.SecretEntry;
import io.github.ipseclint.model.secrets.SecretValue;
import io.github.ipseclint.model.settings.SettingsValue;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.parse.settings.SwanctlSecretsConverter;
import io.github.ipseclint.rules.secrets.WrittenSecrets.SwanctlSecret;
import java.util.Optional;

/**
 * Quotes and the {@code 0x}/{@code 0s} prefixes interact differently per format (formats.md §3.5,
 * §4.3, §6.3): in ipsec.secrets quotes make a prefixed value literal text, in swanctl.conf the
 * prefix is decoded even inside quotes. Either way one of the two readings surprises.
 */
@LintRule(id = "quoted-encoding-prefix", name = "QuotedEncodingPrefix", severity = Severity.WARNING,
    tags = {Tag.SECRETS, Tag.CORRECTNESS},
    description = "A quoted secret starts with 0x or 0s, which ipsec.secrets keeps as text and swanctl.conf decodes")
public final class QuotedEncodingPrefix implements DocumentRule {

  @Override
  public void check(Document document, Reporter reporter) {
    boolean libreswan = document.target().implementation() == Implementation.LIBRESWAN;
    for (SecretEntry entry : WrittenSecrets.entries(document)) {
      SecretValue value = entry.value().orElseThrow();
      Optional<String> encoding = prefix(value.written(), libreswan);
      if (value.encoding() == SecretEncoding.QUOTED_TEXT && encoding.isPresent()) {
        reporter.report(value.span(), "this secret is quoted, so the daemon uses its %s literally as text, not the"
            + " bytes its %s prefix stands for (swanctl.conf would decode it even in quotes); remove the quotes to"
            + " decode it, or keep them if the text itself is the key", bytes(value.written().length()),
            encoding.get());
      }
    }
    for (SwanctlSecret secret : WrittenSecrets.swanctl(document)) {
      SettingsValue value = secret.value();
      SecretBytes text = SecretBytes.of(value.text().bytes());
      Optional<String> encoding = prefix(text, false);
      if (value.parts().get(0).quoted() && encoding.isPresent()) {
        reporter.report(value.span(), "swanctl decodes a secret starting with %s even inside quotes: '%s' sends"
            + " the %s it decodes to, not the %s text; if the text is the key, write that text in hex (0x...)",
            encoding.get().substring(0, 2), secret.section(),
            bytes(SwanctlSecretsConverter.decode(value.text()).length()), bytes(text.length()));
      }
    }
  }

  /** "0x (hex)", "0s (base64)" or (Libreswan) "0t (text)" for a value with such a prefix and more after it. */
  private static Optional<String> prefix(SecretBytes text, boolean libreswan) {
    if (text.length() <= 2) {
      return Optional.empty();
    }
    if (text.startsWith("0x") || text.startsWith("0X")) {
      return Optional.of("0x (hex)");
    }
    if (text.startsWith("0s") || text.startsWith("0S")) {
      return Optional.of("0s (base64)");
    }
    return libreswan && text.startsWith("0t") ? Optional.of("0t (text)") : Optional.empty();
  }
}
