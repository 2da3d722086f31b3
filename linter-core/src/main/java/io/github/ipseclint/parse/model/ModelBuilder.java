// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.model;

import io.github.ipseclint.model.conf.ConfDocument;
import io.github.ipseclint.model.conf.LoadStatus;
import io.github.ipseclint.model.conf.ResolvedSection;
import io.github.ipseclint.model.conf.Setting;
import io.github.ipseclint.model.document.Document;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.IpAddress;
import io.github.ipseclint.model.ipsec.IpsecModel;
import io.github.ipseclint.model.ipsec.Secret;
import io.github.ipseclint.model.secrets.SecretsDocument;
import io.github.ipseclint.model.settings.SettingsDocument;
import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.parse.FindingSink;
import io.github.ipseclint.parse.secrets.SecretsConverter;
import io.github.ipseclint.parse.settings.SwanctlSecretsConverter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The facade that turns the documents of a scan into the semantic model: the connections of every
 * ipsec.conf and swanctl.conf and the secrets of every ipsec.secrets and swanctl.conf.
 */
public final class ModelBuilder {
  private final Hosts hosts;

  /** Without host addresses: every ipsec.conf conn is oriented "assuming left=local". */
  public ModelBuilder() {
    this(Set.of());
  }

  /** @param hostAddresses the addresses of the host the daemon runs on, for left/right orientation */
  public ModelBuilder(Set<IpAddress> hostAddresses) {
    this.hosts = new Hosts(hostAddresses);
  }

  public IpsecModel build(List<Document> documents) {
    FindingSink sink = new FindingSink();
    List<Connection> connections = new ArrayList<>();
    List<Secret> secrets = new ArrayList<>();
    List<String> notConverted = new ArrayList<>();
    for (Document document : documents) {
      if (document instanceof ConfDocument conf) {
        connections.addAll(connections(conf, sink, notConverted));
      } else if (document instanceof SettingsDocument settings && settings.kind() == FileKind.SWANCTL_CONF) {
        connections.addAll(connections(settings, sink, notConverted));
        secrets.addAll(SwanctlSecretsConverter.convert(settings, sink));
      } else if (document instanceof SecretsDocument secretsDocument) {
        secrets.addAll(SecretsConverter.convert(secretsDocument, sink));
      }
    }
    return new IpsecModel(connections, secrets, sink.findings(), notConverted);
  }

  private List<Connection> connections(ConfDocument document, FindingSink sink, List<String> notConverted) {
    Set<String> templates = alsoTargets(document);
    List<Connection> out = new ArrayList<>();
    for (ResolvedSection conn : document.conns()) {
      String where = conn.header().span() + ": conn '" + conn.name().display() + "'";
      if (conn.status() != LoadStatus.LOADED) {
        notConverted.add(where + " is not loaded by the daemon (" + conn.status() + ")");
      } else if (templates.contains(conn.name().latin1()) && conn.setting("auto").isEmpty()) {
        notConverted.add(where + " is a template: other conns include it with also= and it has no auto=");
      } else if (document.target().is(Implementation.STRONGSWAN)) {
        out.add(StrokeConverter.convert(conn, document.target(), hosts, sink));
      } else {
        out.add(PlutoConverter.convert(conn, document.target(), hosts, sink));
      }
    }
    return out;
  }

  private static Set<String> alsoTargets(ConfDocument document) {
    Set<String> names = new HashSet<>();
    for (ResolvedSection conn : document.conns()) {
      for (Setting also : conn.also()) {
        names.add(also.valueText().latin1());
      }
    }
    return names;
  }

  private static List<Connection> connections(SettingsDocument document, FindingSink sink, List<String> notConverted) {
    if (!document.valid()) {
      notConverted.add(document.files().get(0).displayPath()
          + ": swanctl loads no connection from a file with a syntax error");
      return List.of();
    }
    List<Connection> out = new ArrayList<>();
    Optional<io.github.ipseclint.model.settings.ResolvedSection> connections = document.resolved().section("connections");
    for (io.github.ipseclint.model.settings.ResolvedSection conn
        : connections.map(io.github.ipseclint.model.settings.ResolvedSection::sections).orElse(List.of())) {
      if (conn.span() != null) {
        out.add(SwanctlConverter.convert(conn, document.resolved(), document.target(), sink));
      }
    }
    return out;
  }
}
