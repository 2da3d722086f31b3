// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.dump;

import io.github.ipseclint.model.ipsec.AuthRound;
import io.github.ipseclint.model.ipsec.Child;
import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.ConnectionEnd;
import io.github.ipseclint.model.ipsec.IpsecModel;
import io.github.ipseclint.model.ipsec.Secret;
import io.github.ipseclint.model.ipsec.VolumeLimits;
import io.github.ipseclint.model.source.Located;

/**
 * Renders the semantic model for {@code ipseclint dump --model}: every field with its value,
 * provenance ({@code written}, {@code %default}, {@code also=x}, {@code ref=x}, {@code default})
 * and place. Secrets show their type, owners and key length only.
 */
public final class ModelDump {
  private ModelDump() {}

  public static String render(IpsecModel model) {
    DumpWriter out = new DumpWriter();
    for (Connection connection : model.connections()) {
      connection(out, connection);
    }
    for (Secret secret : model.secrets()) {
      at(out, "secret " + secret.type().label() + " owners " + secret.owners() + " key "
          + secret.key().map(key -> key.length() + " bytes").orElse("none")
          + secret.keyFile().map(file -> " file " + DumpWriter.quote(file.value())).orElse(""),
          secret.span());
    }
    for (String skipped : model.notConverted()) {
      out.line("not converted: " + skipped);
    }
    return out.toString();
  }

  private static void connection(DumpWriter out, Connection c) {
    at(out, "connection " + DumpWriter.quote(new io.github.ipseclint.model.source.ByteText(c.name())) + " "
        + c.frontEnd().name().toLowerCase(java.util.Locale.ROOT) + " " + c.target() + " (" + c.bucket().label() + ")",
        c.span());
    out.indent();
    out.line("orientation local=" + c.orientation().local() + " basis=" + c.orientation().basis());
    field(out, "version", c.version());
    end(out, "local", c.local());
    end(out, "remote", c.remote());
    field(out, "ike-proposals", c.ikeProposals().map(set -> set.canonicalText() + (set.strict() ? "" : " (not strict)")));
    field(out, "aggressive", c.aggressive());
    field(out, "vip-requests", c.vipRequests());
    field(out, "pools", c.pools());
    field(out, "ike-rekey", c.ikeLifetimes().rekey());
    field(out, "ike-reauth", c.ikeLifetimes().reauth());
    field(out, "ike-over", c.ikeLifetimes().over());
    field(out, "ike-rand", c.ikeLifetimes().rand());
    field(out, "dpd-delay", c.dpd().delay());
    c.dpd().timeout().ifPresent(timeout -> field(out, "dpd-timeout", timeout));
    field(out, "force-encapsulation", c.forceEncapsulation());
    field(out, "mobike", c.mobike());
    field(out, "fragmentation", c.fragmentation());
    for (Child child : c.children()) {
      child(out, child);
    }
    out.outdent();
  }

  private static void end(DumpWriter out, String label, ConnectionEnd end) {
    out.line(label).indent();
    field(out, "addresses", end.addresses());
    field(out, "port", end.port());
    int index = 1;
    for (AuthRound round : end.auth()) {
      out.line("round " + index++).indent();
      field(out, "auth", round.method().map(method -> round.methodLabel()));
      field(out, "id", round.id());
      for (Located<?> cert : round.certificates()) {
        at(out, "cert " + cert.value(), cert.span());
      }
      out.outdent();
    }
    out.outdent();
  }

  private static void child(DumpWriter out, Child child) {
    at(out, "child " + DumpWriter.quote(new io.github.ipseclint.model.source.ByteText(child.name())), child.span());
    out.indent();
    field(out, "local-ts", child.localTs());
    field(out, "remote-ts", child.remoteTs());
    field(out, "mode", child.mode());
    child.proposals().forEach(set -> field(out, set.value().protocol().name().toLowerCase(java.util.Locale.ROOT)
        + "-proposals", set.map(value -> value.canonicalText() + (value.strict() ? "" : " (not strict)"))));
    child.pfs().ifPresent(pfs -> field(out, "pfs", pfs));
    field(out, "rekey-time", child.lifetimes().rekey());
    field(out, "life-time", child.lifetimes().life());
    field(out, "rand-time", child.lifetimes().rand());
    child.lifetimes().bytes().ifPresent(limits -> volume(out, "bytes", limits));
    child.lifetimes().packets().ifPresent(limits -> volume(out, "packets", limits));
    field(out, "rekey", child.rekey());
    field(out, "start-action", child.startAction());
    field(out, "close-action", child.closeAction());
    field(out, "dpd-action", child.dpdAction());
    out.outdent();
  }

  private static void volume(DumpWriter out, String unit, VolumeLimits limits) {
    field(out, "rekey-" + unit, limits.rekey());
    field(out, "life-" + unit, limits.life());
    field(out, "rand-" + unit, limits.rand());
  }

  private static void field(DumpWriter out, String label, Configured<?> value) {
    at(out, label + " " + value.value() + " [" + value.provenance().label() + "]", value.span());
  }

  /** Model values may come from an included file, so every line names the file. */
  private static void at(DumpWriter out, String text, io.github.ipseclint.model.source.Span span) {
    out.line(text + " @" + DumpWriter.fullLocation(span));
  }
}
