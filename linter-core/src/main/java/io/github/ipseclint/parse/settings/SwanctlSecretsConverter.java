// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.settings;

import io.github.ipseclint.model.finding.CoreRule;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.ipsec.AnyIdentity;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.model.ipsec.Secret;
import io.github.ipseclint.model.ipsec.SecretType;
import io.github.ipseclint.model.secrets.SecretBytes;
import io.github.ipseclint.model.settings.ResolvedSection;
import io.github.ipseclint.model.settings.ResolvedValue;
import io.github.ipseclint.model.settings.SettingsDocument;
import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.parse.FindingSink;
import io.github.ipseclint.parse.identity.StrongswanIdentityParser;
import io.github.ipseclint.parse.secrets.StrongswanSecretDecoder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The {@code secrets.*} sections of a swanctl.conf as swanctl loads them (formats.md §3.5): the
 * type from the case-sensitive section-name prefix, one owner per key starting with {@code id},
 * the {@code secret} decoded with swanctl's {@code 0x}/{@code 0s} rules after the settings
 * parser's unquoting. What swanctl refuses or ignores is reported and left out.
 */
public final class SwanctlSecretsConverter {
  /** vici refuses longer identities. */
  private static final int MAX_IDENTITY_BYTES = 255;

  private record Prefix(String text, SecretType type) {}

  /** In swanctl's order; the first matching prefix decides. */
  private static final List<Prefix> PREFIXES = List.of(
      new Prefix("eap", SecretType.EAP),
      new Prefix("xauth", SecretType.XAUTH),
      new Prefix("ntlm", SecretType.NTLM),
      new Prefix("ike", SecretType.IKE_PSK),
      new Prefix("ppk", SecretType.PPK),
      new Prefix("private", SecretType.PRIVATE_KEY),
      new Prefix("rsa", SecretType.PRIVATE_KEY),
      new Prefix("ecdsa", SecretType.PRIVATE_KEY),
      new Prefix("pkcs8", SecretType.PRIVATE_KEY),
      new Prefix("pkcs12", SecretType.PRIVATE_KEY),
      new Prefix("token", SecretType.PRIVATE_KEY));

  private SwanctlSecretsConverter() {}

  public static List<Secret> convert(SettingsDocument document, FindingSink sink) {
    if (!document.valid()) {
      // swanctl continues with an empty configuration after a syntax error.
      return List.of();
    }
    Optional<ResolvedSection> secrets = document.resolved().section("secrets");
    List<Secret> out = new ArrayList<>();
    for (ResolvedSection section : secrets.map(ResolvedSection::sections).orElse(List.of())) {
      convert(section, out.size(), sink).ifPresent(out::add);
    }
    return out;
  }

  private static Optional<Secret> convert(ResolvedSection section, int loadIndex, FindingSink sink) {
    String name = section.name().latin1();
    Optional<SecretType> type = PREFIXES.stream().filter(p -> name.startsWith(p.text())).map(Prefix::type).findFirst();
    if (type.isEmpty()) {
      sink.report(CoreRule.INVALID_VALUE, Severity.WARNING, section.span(),
          "swanctl ignores the unsupported secret '" + section.name().display()
              + "'; section names start with eap, xauth, ntlm, ike, ppk, private, rsa, ecdsa, pkcs8, pkcs12 or token");
      return Optional.empty();
    }
    Optional<List<Identity>> owners = owners(section, sink);
    if (owners.isEmpty()) {
      return Optional.empty();
    }
    if (type.get() == SecretType.PRIVATE_KEY) {
      return Optional.of(privateKey(section, name.startsWith("token"), owners.get(), loadIndex));
    }
    Optional<ResolvedValue> secret = section.value("secret");
    if (secret.isEmpty()) {
      sink.report(CoreRule.INVALID_VALUE, section.span(),
          "missing secret in '" + section.name().display() + "', swanctl ignores the section; add 'secret = ...'");
      return Optional.empty();
    }
    SecretBytes key = decode(secret.get().text());
    if (key.isEmpty()) {
      sink.report(CoreRule.INVALID_VALUE, secret.get().span(),
          "the secret of '" + section.name().display() + "' decodes to zero bytes, which the daemon refuses"
              + " (shared key data missing); write a non-empty secret");
      return Optional.empty();
    }
    return Optional.of(new Secret(type.get(), owners.get(), Optional.of(key), Optional.empty(),
        Implementation.STRONGSWAN, FileKind.SWANCTL_CONF, section.span(), loadIndex));
  }

  /** Every key whose name starts with {@code id}, in enumeration order; none means "any". */
  private static Optional<List<Identity>> owners(ResolvedSection section, FindingSink sink) {
    List<Identity> owners = new ArrayList<>();
    for (ResolvedValue value : section.values()) {
      if (!value.key().latin1().startsWith("id")) {
        continue;
      }
      Span span = value.value().orElseThrow().span();
      if (value.text().length() > MAX_IDENTITY_BYTES) {
        sink.report(CoreRule.INVALID_VALUE, span, "identity '" + value.key().display() + "' is "
            + value.text().length() + " bytes long; the daemon refuses identities over "
            + MAX_IDENTITY_BYTES + " bytes and the secret with them");
        return Optional.empty();
      }
      owners.add(StrongswanIdentityParser.parse(new Located<>(value.text(), span)));
    }
    if (owners.isEmpty()) {
      owners.add(new AnyIdentity(new Located<>(ByteText.EMPTY, section.span().start())));
    }
    return Optional.of(owners);
  }

  /** swanctl's load_shared: {@code 0x} hex, {@code 0s} base64 (both lenient), else the bytes. */
  public static SecretBytes decode(ByteText text) {
    byte[] raw = text.bytes();
    byte[] rest = raw.length >= 2 ? Arrays.copyOfRange(raw, 2, raw.length) : raw;
    boolean prefixed = raw.length >= 2 && raw[0] == '0';
    if (prefixed && (raw[1] == 'x' || raw[1] == 'X')) {
      return SecretBytes.of(StrongswanSecretDecoder.hex(rest));
    }
    if (prefixed && (raw[1] == 's' || raw[1] == 'S')) {
      return SecretBytes.of(StrongswanSecretDecoder.base64(rest));
    }
    return SecretBytes.of(raw);
  }

  /**
   * Key files ({@code file}) and tokens ({@code handle}, {@code pin}); the passphrase or PIN is
   * kept as written, swanctl does not decode it.
   */
  private static Secret privateKey(ResolvedSection section, boolean token, List<Identity> owners, int loadIndex) {
    Optional<Located<ByteText>> file = section.value(token ? "handle" : "file")
        .map(value -> new Located<>(value.text(), value.value().orElseThrow().span()));
    Optional<SecretBytes> passphrase = section.value(token ? "pin" : "secret")
        .map(value -> SecretBytes.of(value.text().bytes()));
    return new Secret(SecretType.PRIVATE_KEY, owners, passphrase, file, Implementation.STRONGSWAN,
        FileKind.SWANCTL_CONF, section.span(), loadIndex);
  }
}
