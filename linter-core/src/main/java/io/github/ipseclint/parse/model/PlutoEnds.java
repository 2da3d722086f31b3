// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.model;

import io.github.ipseclint.model.finding.CoreRule;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.ipsec.AnyIdentity;
import io.github.ipseclint.model.ipsec.AuthMethod;
import io.github.ipseclint.model.ipsec.AuthRound;
import io.github.ipseclint.model.ipsec.CertificateIdentity;
import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.model.ipsec.ConnectionEnd;
import io.github.ipseclint.model.ipsec.HostAddress;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.parse.identity.LibreswanIdentityParser;
import io.github.ipseclint.parse.identity.ParsedIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One end of a Libreswan conn: port, ID (§10.1: the address even with a certificate) and rounds. */
final class PlutoEnds {
  private final OptionReader reader;
  private final Configured<AuthMethod> authby;

  PlutoEnds(OptionReader reader, Configured<AuthMethod> authby) {
    this.reader = reader;
    this.authby = authby;
  }

  ConnectionEnd end(String side, Configured<List<HostAddress>> hosts) {
    Configured<Integer> port = reader.read(Scalars.PORT, 500, side + "ikeport");
    Configured<AuthMethod> method = reader.optional(MethodSpec.PLUTO, side + "auth").orElse(authby);
    List<Located<ByteText>> certs = reader.raw(side + "cert").map(raw -> List.of(raw.located())).orElse(List.of());
    Configured<Identity> id = reader.raw(side + "id").flatMap(raw -> written(raw, certs)).orElseGet(() -> defaultId(side));
    List<AuthRound> rounds = new ArrayList<>();
    rounds.add(new AuthRound(method, Optional.empty(), id, certs));
    Optional<Configured<Boolean>> xauth = reader.optional(Scalars.PLUTO_BOOLEAN, side + "xauthclient");
    if (xauth.isPresent() && xauth.get().value()) {
      rounds.add(new AuthRound(xauth.get().map(x -> AuthMethod.XAUTH), Optional.empty(), id, List.of()));
    }
    return new ConnectionEnd(hosts, port, rounds);
  }

  /** {@code %fromcert} is the certificate's subject; other forms as pluto's {@code atoid}. */
  private Optional<Configured<Identity>> written(RawValue raw, List<Located<ByteText>> certs) {
    if (raw.latin1().equals("%fromcert")) {
      Located<ByteText> cert = certs.isEmpty() ? raw.located() : certs.get(0);
      return Optional.of(raw.with(new CertificateIdentity(cert)));
    }
    if (raw.latin1().equals("%null")) {
      // ID_NULL has no type of its own in the model; like "any" it names no one in particular.
      return Optional.of(raw.with(new AnyIdentity(raw.located())));
    }
    ParsedIdentity parsed = LibreswanIdentityParser.parse(raw.located());
    parsed.problem().ifPresent(problem -> reader.sink().report(CoreRule.INVALID_VALUE, Severity.WARNING, raw.span(),
        "'" + raw.key() + "=" + raw.text().display() + "' " + problem + "; ipseclint uses the default ID instead"));
    return parsed.identity().map(raw::with);
  }

  /** pluto's default ID is the end's address as written ({@code %defaultroute}, a name: unknown here). */
  private Configured<Identity> defaultId(String side) {
    Optional<RawValue> host = reader.raw(side);
    if (host.isEmpty()) {
      return reader.byDefault(new AnyIdentity(new Located<>(new ByteText("%any"), reader.home())));
    }
    Optional<Identity> parsed = LibreswanIdentityParser.parse(host.get().located()).identity();
    return reader.byDefault(parsed.orElseGet(() -> new AnyIdentity(host.get().located())));
  }
}
