// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.model;

import io.github.ipseclint.model.ipsec.AddressIdentity;
import io.github.ipseclint.model.ipsec.AnyIdentity;
import io.github.ipseclint.model.ipsec.AuthMethod;
import io.github.ipseclint.model.ipsec.AuthRound;
import io.github.ipseclint.model.ipsec.CertificateIdentity;
import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.model.ipsec.HostAddress;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.model.settings.ResolvedSection;
import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.parse.FindingSink;
import io.github.ipseclint.parse.identity.StrongswanIdentityParser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code local*}/{@code remote*} authentication rounds of a swanctl connection, ordered by
 * their {@code round} key, then file order (formats.md §3.5).
 */
final class SwanctlRounds {
  private SwanctlRounds() {}

  /**
   * @param prefix {@code local} or {@code remote}
   * @param addresses the end's addresses, for the local default ID
   */
  static List<AuthRound> rounds(ResolvedSection conn, String prefix, List<HostAddress> addresses,
      FindingSink sink, String consequence) {
    List<OptionReader> readers = new ArrayList<>();
    List<Long> order = new ArrayList<>();
    for (ResolvedSection section : conn.sections()) {
      if (section.name().latin1().toLowerCase(Locale.ROOT).startsWith(prefix) && section.span() != null) {
        OptionReader reader = new OptionReader(new SwanctlSource(section), section.span(), sink, consequence);
        readers.add(reader);
        order.add(reader.read(new ValueType<>("a whole number", Scalars::number), 0L, "round").value());
      }
    }
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < readers.size(); i++) {
      indexes.add(i);
    }
    indexes.sort(Comparator.comparing(order::get));
    List<AuthRound> rounds = new ArrayList<>();
    for (int index : indexes) {
      rounds.add(round(readers.get(index), conn, prefix.equals("local"), addresses));
    }
    if (rounds.isEmpty()) {
      OptionReader defaults = new OptionReader(new SwanctlSource(conn), conn.span(), sink, consequence);
      rounds.add(new AuthRound(defaults.byDefault(AuthMethod.PUBKEY), Optional.empty(),
          defaultId(defaults, prefix.equals("local"), List.of(), addresses), List.of()));
    }
    return rounds;
  }

  private static AuthRound round(OptionReader reader, ResolvedSection conn, boolean local, List<HostAddress> addresses) {
    Optional<Configured<MethodSpec>> written = reader.optional(MethodSpec.STRONGSWAN, "auth");
    Configured<AuthMethod> method = written.map(spec -> spec.map(MethodSpec::method))
        .orElseGet(() -> reader.byDefault(AuthMethod.PUBKEY));
    List<Located<ByteText>> certs = new ArrayList<>();
    reader.raw("certs").ifPresent(raw -> OptionReader.split(raw.latin1())
        .forEach(item -> certs.add(new Located<>(new ByteText(item), raw.span()))));
    Configured<Identity> id = reader.raw("id")
        .map(raw -> raw.with(StrongswanIdentityParser.parse(raw.located())))
        .orElseGet(() -> defaultId(reader, local, certs, addresses));
    reader.checkRemaining(reader.keys(), key -> LoadTimeValues.swanctl(
        "connections.<conn>." + (local ? "local" : "remote") + "<suffix>." + key));
    return new AuthRound(method, written.flatMap(spec -> spec.value().eapType()), id, certs);
  }

  /**
   * Remote: {@code %any}. Local: the certificate's subject when one is configured, else charon
   * uses the own IP address at run time; that is known here only for a single literal
   * {@code local_addrs}, otherwise the configured ID stays {@code %any} as in charon's config.
   */
  private static Configured<Identity> defaultId(OptionReader reader, boolean local, List<Located<ByteText>> certs,
      List<HostAddress> addresses) {
    Located<ByteText> any = new Located<>(new ByteText("%any"), reader.home());
    if (!local) {
      return reader.byDefault(new AnyIdentity(any));
    }
    if (!certs.isEmpty()) {
      return reader.byDefault(new CertificateIdentity(certs.get(0)));
    }
    Optional<Identity> address = addresses.size() == 1 && addresses.get(0) instanceof HostAddress.Block block
        && block.range().from().equals(block.range().to())
        ? Optional.of(new AddressIdentity(block.range().from(), any)) : Optional.empty();
    return reader.byDefault(address.orElseGet(() -> new AnyIdentity(any)));
  }
}
