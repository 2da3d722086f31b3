// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.model;

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
import io.github.ipseclint.parse.identity.StrongswanIdentityParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One end of a strongSwan ipsec.conf conn: port, IDs and authentication rounds. */
final class StrokeEnds {
  private final OptionReader reader;
  private final Configured<List<AuthMethod>> authby;

  StrokeEnds(OptionReader reader, Configured<List<AuthMethod>> authby) {
    this.reader = reader;
    this.authby = authby;
  }

  /**
   * @param side {@code left} or {@code right}
   * @param local true for the end that is this host's
   * @param xauthClient true for the end that authenticates itself with XAuth when {@code authby}
   *     is an xauth variant ({@code xauth=client}, the default, makes that the local end)
   */
  ConnectionEnd end(String side, boolean local, Configured<List<HostAddress>> hosts, boolean xauthClient) {
    Configured<Integer> port = reader.read(Scalars.PORT, 500, side + "ikeport");
    List<AuthRound> rounds = new ArrayList<>();
    AuthRound first = round(side, "", local, authby.map(methods -> methods.get(0)), Optional.empty());
    rounds.add(first);
    boolean authbyXauth = authby.value().size() > 1 && xauthClient;
    if (reader.raw(side + "auth2").isPresent() || authbyXauth) {
      rounds.add(round(side, "2", local, authby.map(methods -> methods.get(methods.size() - 1)),
          Optional.of(first.id())));
    }
    return new ConnectionEnd(hosts, port, rounds);
  }

  private AuthRound round(String side, String suffix, boolean local, Configured<AuthMethod> fallback,
      Optional<Configured<Identity>> firstId) {
    Optional<RawValue> any = reader.raw(side + "auth" + suffix).filter(raw -> raw.latin1().equals("any"));
    Optional<Configured<MethodSpec>> written = any.isPresent() ? Optional.empty()
        : reader.optional(MethodSpec.STRONGSWAN, side + "auth" + suffix);
    Configured<AuthMethod> method = any.map(raw -> raw.with(anyMethod(local)))
        .or(() -> written.map(spec -> spec.map(MethodSpec::method))).orElse(fallback);
    Optional<String> eapType = written.flatMap(spec -> spec.value().eapType());
    List<Located<ByteText>> certs = reader.raw(side + "cert" + suffix).map(raw -> List.of(raw.located())).orElse(List.of());
    Configured<Identity> id = reader.raw(side + "id" + suffix)
        .map(raw -> raw.with(StrongswanIdentityParser.parse(raw.located())))
        .or(() -> firstId)
        .orElseGet(() -> defaultId(side, certs));
    return new AuthRound(method, eapType, id, certs);
  }

  /**
   * {@code leftauth=any}: a remote round that accepts every method; a local one is built like
   * {@code pubkey}, since charon signs with a public key for a round without a method class.
   */
  private static AuthMethod anyMethod(boolean local) {
    return local ? AuthMethod.PUBKEY : AuthMethod.ANY;
  }

  /**
   * starter's default {@code leftid} is the {@code left} text; with a certificate charon replaces
   * it by the subject unless the certificate confirms the address. ipseclint cannot read the
   * certificate and models the subject, since certificates rarely carry IP address SANs.
   */
  private Configured<Identity> defaultId(String side, List<Located<ByteText>> certs) {
    if (!certs.isEmpty()) {
      return reader.byDefault(new CertificateIdentity(certs.get(0)));
    }
    Optional<RawValue> host = reader.raw(side);
    if (host.isEmpty()) {
      return reader.byDefault(new AnyIdentity(new Located<>(new ByteText("%any"), reader.home())));
    }
    String first = OptionReader.split(host.get().latin1()).stream().findFirst().orElse("%any");
    String text = first.equals("%defaultroute") ? "%any" : first.startsWith("%") && !first.startsWith("%any") ? first.substring(1) : first;
    return reader.byDefault(StrongswanIdentityParser.parse(new Located<>(new ByteText(text), host.get().span())));
  }
}
