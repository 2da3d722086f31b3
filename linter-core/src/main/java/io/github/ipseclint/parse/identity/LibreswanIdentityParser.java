// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.identity;

import io.github.ipseclint.model.ipsec.AddressIdentity;
import io.github.ipseclint.model.ipsec.AnyIdentity;
import io.github.ipseclint.model.ipsec.BinaryIdentity;
import io.github.ipseclint.model.ipsec.DnIdentity;
import io.github.ipseclint.model.ipsec.IdentityType;
import io.github.ipseclint.model.ipsec.NameIdentity;
import io.github.ipseclint.model.ipsec.UnresolvedHostIdentity;
import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.parse.secrets.Decoded;
import io.github.ipseclint.parse.secrets.LibreswanSecretDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * pluto's {@code atoid} as used for {@code ipsec.secrets} indices (formats.md §6.2):
 * {@code %any}/{@code %any6} any; {@code =} a DN; no {@code @}: an address literal, else a host
 * name that pluto would resolve through DNS (kept unresolved, see
 * {@link UnresolvedHostIdentity}); {@code @#hex} KEY_ID; {@code @name} FQDN; {@code u@d} e-mail.
 */
public final class LibreswanIdentityParser {
  /** {@code %none} is ID_NONE, which pluto's {@code any_id} counts as "any". */
  private static final List<String> ANY = List.of("%any", "%any6", "%none");

  private LibreswanIdentityParser() {}

  public static ParsedIdentity parse(Located<ByteText> written) {
    String text = written.value().latin1();
    if (ANY.contains(text)) {
      return ParsedIdentity.of(new AnyIdentity(written));
    }
    if (text.equals("%null") || text.equals("%fromcert")) {
      return ParsedIdentity.rejected("'" + text + "' is not modelled as a secrets index by ipseclint");
    }
    if (text.indexOf('=') >= 0) {
      return DnText.parse(text)
          .map(dn -> ParsedIdentity.of(new DnIdentity(dn, written)))
          .orElseGet(() -> ParsedIdentity.rejected("is not a distinguished name pluto can read"));
    }
    if (text.indexOf('@') < 0) {
      return IpLiteral.parse(text)
          .map(address -> ParsedIdentity.of(new AddressIdentity(address, written)))
          .orElseGet(() -> ParsedIdentity.of(new UnresolvedHostIdentity(written.value(), written)));
    }
    if (text.startsWith("@#")) {
      Decoded decoded = LibreswanSecretDecoder.hex(text.substring(2).getBytes(StandardCharsets.ISO_8859_1));
      if (decoded.bytes().isEmpty()) {
        return ParsedIdentity.rejected("has a bad hex key id: " + decoded.error().orElse("no data"));
      }
      return ParsedIdentity.of(new BinaryIdentity(IdentityType.KEY_ID,
          ByteText.of(decoded.bytes().get().copyOfBytes()), written));
    }
    if (text.startsWith("@~") || text.startsWith("@[")) {
      return ParsedIdentity.rejected("uses an '@~' or '@[' form that ipseclint does not model");
    }
    if (text.startsWith("@")) {
      return ParsedIdentity.of(new NameIdentity(IdentityType.FQDN, new ByteText(text.substring(1)), written));
    }
    return ParsedIdentity.of(new NameIdentity(IdentityType.USER_FQDN, written.value(), written));
  }
}
