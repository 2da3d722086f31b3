// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.model;

import io.github.ipseclint.model.ipsec.AuthMethod;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** An authentication method as written: the method and, for EAP, its type. */
record MethodSpec(AuthMethod method, Optional<String> eapType) {

  static MethodSpec of(AuthMethod method) {
    return new MethodSpec(method, Optional.empty());
  }

  /**
   * strongSwan's {@code auth} values (swanctl rounds, ipsec.conf {@code leftauth}):
   * {@code pubkey}, {@code rsa}, {@code ecdsa} (with signature scheme suffixes), {@code psk},
   * {@code eap[-type]}, {@code xauth[-backend]}, {@code null}; {@code ike:} constrains the IKE
   * signature scheme of a pubkey round.
   */
  static final ValueType<MethodSpec> STRONGSWAN = new ValueType<>(
      "pubkey, rsa, ecdsa, psk, eap[-type], xauth[-backend] or null", MethodSpec::strongswan);

  /** starter's {@code authby}: rounds for both ends (an xauth variant adds a second round). */
  static final ValueType<List<AuthMethod>> STROKE_AUTHBY = Scalars.choice(Map.of(
      "psk", List.of(AuthMethod.PSK), "secret", List.of(AuthMethod.PSK),
      "pubkey", List.of(AuthMethod.PUBKEY), "rsa", List.of(AuthMethod.PUBKEY), "rsasig", List.of(AuthMethod.PUBKEY),
      "ecdsa", List.of(AuthMethod.PUBKEY), "ecdsasig", List.of(AuthMethod.PUBKEY),
      "xauthpsk", List.of(AuthMethod.PSK, AuthMethod.XAUTH), "xauthrsasig", List.of(AuthMethod.PUBKEY, AuthMethod.XAUTH),
      "never", List.of(AuthMethod.NEVER)), true);

  /** pluto's {@code authby} items and {@code leftauth} values. */
  static final ValueType<AuthMethod> PLUTO = new ValueType<>(
      "secret, rsasig, rsa-sha2..., ecdsa..., eddsa, null or never", MethodSpec::pluto);

  private static final List<String> PUBKEY_PREFIXES = List.of("pubkey", "rsa", "ecdsa", "ed25519", "ed448", "bliss");

  private static Optional<MethodSpec> strongswan(String written) {
    String text = written.toLowerCase(Locale.ROOT);
    if (text.startsWith("ike:")) {
      text = text.substring(4);
    }
    final String value = text;
    if (PUBKEY_PREFIXES.stream().anyMatch(value::startsWith)) {
      return Optional.of(of(AuthMethod.PUBKEY));
    }
    if (value.equals("psk")) {
      return Optional.of(of(AuthMethod.PSK));
    }
    if (value.equals("null")) {
      return Optional.of(of(AuthMethod.NULL));
    }
    if (value.equals("eap") || value.startsWith("eap-")) {
      return Optional.of(new MethodSpec(AuthMethod.EAP,
          value.length() > 4 ? Optional.of(value.substring(4)) : Optional.empty()));
    }
    if (value.equals("xauth") || value.startsWith("xauth-")) {
      return Optional.of(of(AuthMethod.XAUTH));
    }
    return Optional.empty();
  }

  private static Optional<AuthMethod> pluto(String written) {
    String text = written.toLowerCase(Locale.ROOT);
    if (text.equals("secret")) {
      return Optional.of(AuthMethod.PSK);
    }
    if (text.equals("null")) {
      return Optional.of(AuthMethod.NULL);
    }
    if (text.equals("never")) {
      return Optional.of(AuthMethod.NEVER);
    }
    if (text.startsWith("rsa") || text.startsWith("ecdsa") || text.equals("eddsa")) {
      return Optional.of(AuthMethod.PUBKEY);
    }
    if (text.equals("eaponly")) {
      return Optional.of(AuthMethod.EAP);
    }
    return Optional.empty();
  }
}
