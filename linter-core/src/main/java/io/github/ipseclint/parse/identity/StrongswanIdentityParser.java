// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.identity;

import io.github.ipseclint.model.ipsec.AnyIdentity;
import io.github.ipseclint.model.ipsec.BinaryIdentity;
import io.github.ipseclint.model.ipsec.DnIdentity;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.model.ipsec.IdentityType;
import io.github.ipseclint.model.ipsec.NameIdentity;
import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.parse.secrets.StrongswanSecretDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code identification_create_from_string} of libstrongswan (formats.md §4.2): never fails, every
 * text becomes some identity. Order: type prefix; {@code =} → DN (KEY_ID if not a DN); no
 * {@code @} → any, IPv4 forms or else FQDN, and with a {@code :} IPv6 forms or else KEY_ID;
 * {@code @#hex} KEY_ID, {@code @@x} e-mail, {@code @x} FQDN, other {@code u@d} e-mail.
 */
public final class StrongswanIdentityParser {
  private static final List<String> ANY = List.of("", "%any", "%any6", "0.0.0.0", "*", "::", "0::0");

  private record Prefix(String text, IdentityType type) {}

  private static final List<Prefix> PREFIXES = List.of(
      new Prefix("ipv4:", IdentityType.IPV4_ADDR),
      new Prefix("ipv6:", IdentityType.IPV6_ADDR),
      new Prefix("ipv4net:", IdentityType.IPV4_ADDR_SUBNET),
      new Prefix("ipv6net:", IdentityType.IPV6_ADDR_SUBNET),
      new Prefix("ipv4range:", IdentityType.IPV4_ADDR_RANGE),
      new Prefix("ipv6range:", IdentityType.IPV6_ADDR_RANGE),
      new Prefix("rfc822:", IdentityType.USER_FQDN),
      new Prefix("email:", IdentityType.USER_FQDN),
      new Prefix("userfqdn:", IdentityType.USER_FQDN),
      new Prefix("fqdn:", IdentityType.FQDN),
      new Prefix("dns:", IdentityType.FQDN),
      new Prefix("asn1dn:", IdentityType.DER_ASN1_DN),
      new Prefix("asn1gn:", IdentityType.DER_ASN1_GN),
      new Prefix("xmppaddr:", IdentityType.XMPP_ADDR),
      new Prefix("keyid:", IdentityType.KEY_ID),
      new Prefix("uri:", IdentityType.URI));

  private StrongswanIdentityParser() {}

  public static Identity parse(Located<ByteText> written) {
    String text = written.value().latin1();
    for (Prefix prefix : PREFIXES) {
      if (text.toLowerCase(Locale.ROOT).startsWith(prefix.text())) {
        return prefixed(prefix.type(), text.substring(prefix.text().length()), written);
      }
    }
    if (text.indexOf('=') >= 0) {
      return DnText.parse(text).<Identity>map(dn -> new DnIdentity(dn, written))
          .orElseGet(() -> new BinaryIdentity(IdentityType.KEY_ID, written.value(), written));
    }
    if (text.indexOf('@') < 0) {
      if (ANY.contains(text)) {
        return new AnyIdentity(written);
      }
      if (text.indexOf(':') < 0) {
        return AddressForms.any(text, false, written)
            .orElseGet(() -> new NameIdentity(IdentityType.FQDN, written.value(), written));
      }
      return AddressForms.any(text, true, written)
          .orElseGet(() -> new BinaryIdentity(IdentityType.KEY_ID, written.value(), written));
    }
    if (text.startsWith("@#")) {
      return new BinaryIdentity(IdentityType.KEY_ID, hex(text.substring(2)), written);
    }
    if (text.startsWith("@@")) {
      return new NameIdentity(IdentityType.USER_FQDN, new ByteText(text.substring(2)), written);
    }
    if (text.startsWith("@")) {
      return new NameIdentity(IdentityType.FQDN, new ByteText(text.substring(1)), written);
    }
    return new NameIdentity(IdentityType.USER_FQDN, written.value(), written);
  }

  /**
   * A prefix forces the type; {@code #hex} gives binary content, otherwise the text is the
   * content. Address types whose content is no address of that family keep the raw bytes, as
   * the daemon does, and then match only the same bytes.
   */
  private static Identity prefixed(IdentityType type, String rest, Located<ByteText> written) {
    ByteText content = rest.startsWith("#") ? hex(rest.substring(1)) : new ByteText(rest);
    boolean binary = rest.startsWith("#");
    Optional<Identity> typed = switch (type) {
      case IPV4_ADDR, IPV6_ADDR -> binary ? Optional.empty()
          : AddressForms.address(rest, type == IdentityType.IPV6_ADDR, written);
      case IPV4_ADDR_SUBNET, IPV6_ADDR_SUBNET -> binary ? Optional.empty()
          : AddressForms.subnet(rest, type == IdentityType.IPV6_ADDR_SUBNET, written);
      case IPV4_ADDR_RANGE, IPV6_ADDR_RANGE -> binary ? Optional.empty()
          : AddressForms.range(rest, type == IdentityType.IPV6_ADDR_RANGE, written);
      case FQDN, USER_FQDN -> Optional.of(new NameIdentity(type, content, written));
      default -> Optional.empty();
    };
    return typed.orElseGet(() -> new BinaryIdentity(type, content, written));
  }

  private static ByteText hex(String digits) {
    return ByteText.of(StrongswanSecretDecoder.hex(digits.getBytes(StandardCharsets.ISO_8859_1)));
  }
}
