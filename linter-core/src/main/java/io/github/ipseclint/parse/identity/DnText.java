// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.identity;

import io.github.ipseclint.model.ipsec.DistinguishedName;
import io.github.ipseclint.model.ipsec.Rdn;
import io.github.ipseclint.model.ipsec.RdnAttribute;
import io.github.ipseclint.model.source.ByteText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A DN written as text, read like strongSwan's {@code atodn}: RDNs separated by {@code ,} (or by
 * {@code /} when the text starts with one), blanks before an attribute and around {@code =}
 * skipped, trailing blanks of a value removed, attribute names from {@link RdnAttribute} in any
 * case. No escapes. An unknown attribute or an attribute without {@code =} fails (strongSwan then
 * makes the text a KEY_ID). Libreswan's reader shares this shape and is read the same way.
 */
final class DnText {
  private DnText() {}

  static Optional<DistinguishedName> parse(String text) {
    char separator = text.startsWith("/") ? '/' : ',';
    int position = separator == '/' ? 1 : 0;
    List<Rdn> rdns = new ArrayList<>();
    while (true) {
      while (position < text.length() && text.charAt(position) == ' ') {
        position++;
      }
      if (position >= text.length()) {
        break;
      }
      if (text.charAt(position) == separator) {
        // atodn skips only blanks here; an empty RDN starts the OID at the separator itself.
        return Optional.empty();
      }
      int oidStart = position;
      while (position < text.length() && text.charAt(position) != ' ' && text.charAt(position) != '=') {
        position++;
      }
      if (position >= text.length()) {
        return Optional.empty();
      }
      Optional<RdnAttribute> attribute = RdnAttribute.byName(text.substring(oidStart, position));
      if (attribute.isEmpty()) {
        return Optional.empty();
      }
      while (position < text.length() && (text.charAt(position) == ' ' || text.charAt(position) == '=')) {
        position++;
      }
      int valueStart = position;
      while (position < text.length() && text.charAt(position) != separator) {
        position++;
      }
      int valueEnd = position;
      while (valueEnd > valueStart && text.charAt(valueEnd - 1) == ' ') {
        valueEnd--;
      }
      rdns.add(new Rdn(attribute.get(), new ByteText(text.substring(valueStart, valueEnd))));
      position++;
    }
    return rdns.isEmpty() ? Optional.empty() : Optional.of(new DistinguishedName(rdns));
  }
}
