// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation;

import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.parse.ParseOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Hosts for tests: configuration text written to a directory the way the daemons lay out
 * {@code /etc}, and read back through {@link DaemonLoader} as the simulator reads a host. A
 * swanctl.conf holds its secrets itself; an ipsec.conf fragment may carry its ipsec.secrets after a
 * line {@code # ipsec.secrets}, as the case files write them. The target ({@code strongswan-5.9.8},
 * {@code libreswan-4.10}) gives the release and the dialect of ipsec.conf.
 *
 * <p>A test class registers it as {@code @RegisterExtension final TestHosts hosts = new TestHosts();}:
 * each test writes its hosts into a directory of its own, deleted after the test.
 */
public final class TestHosts implements BeforeEachCallback, AfterEachCallback {
  private static final String SECRETS_MARK = "# ipsec.secrets";

  private Path root;

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    root = Files.createTempDirectory("ipseclint-hosts-");
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  /** Whether an ipsec.conf fragment carries its ipsec.secrets after a line {@code # ipsec.secrets}. */
  public static boolean carriesSecrets(String fragment) {
    return Host.secretsMark(fragment) >= 0;
  }

  /** A strongSwan host with {@code swanctl/swanctl.conf}; its first connection. */
  public Peer swanctl(String host, String target, String swanctlConf) {
    return host(host).swanctl(swanctlConf).peer(target);
  }

  /** A host with {@code ipsec.conf} and, from the mark on, {@code ipsec.secrets}; its first connection. */
  public Peer ipsecConf(String host, String target, String fragment) {
    return host(host).ipsecConf(fragment).peer(target);
  }

  /**
   * A host to write more files into: strongswan.conf, included files. Each name is one host; a name
   * given twice is refused, as its directory would mix the files of two hosts.
   */
  public Host host(String name) {
    Path directory = root.resolve(name);
    if (Files.exists(directory)) {
      throw new IllegalArgumentException("host " + name + " is written twice; give each host its own name");
    }
    return new Host(directory);
  }

  /** One host directory; the files are written as they are given. */
  public static final class Host {
    private final Path directory;

    private Host(Path directory) {
      this.directory = directory;
    }

    /** A host in a directory the caller chose, e.g. one per run of a case. */
    public static Host at(Path directory) {
      return new Host(directory);
    }

    public Host swanctl(String text) {
      return file("swanctl/swanctl.conf", text);
    }

    /** ipsec.conf, and ipsec.secrets from the fragment's {@code # ipsec.secrets} line on. */
    public Host ipsecConf(String fragment) {
      int mark = secretsMark(fragment);
      if (mark < 0) {
        return file("ipsec.conf", fragment);
      }
      String secrets = fragment.substring(mark + SECRETS_MARK.length()).replaceFirst("^\\R", "");
      return file("ipsec.conf", fragment.substring(0, mark)).file("ipsec.secrets", secrets);
    }

    public Host strongswanConf(String text) {
      return file("strongswan.conf", text);
    }

    /** @param path relative to the host directory, e.g. {@code strongswan.d/charon.conf} */
    public Host file(String path, String text) {
      try {
        Path file = directory.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return this;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The host's first connection, read for the release {@code target}. */
    public Peer peer(String target) {
      return peer(target, Optional.empty());
    }

    /** The host's connection of that name. */
    public Peer peer(String target, String connection) {
      return peer(target, Optional.of(connection));
    }

    private Peer peer(String target, Optional<String> connection) {
      DaemonLoader.Loaded loaded = load(Target.parse(target)
          .orElseThrow(() -> new IllegalArgumentException("no release " + target)));
      return new Peer(loaded.daemon(), loaded.connection(connection).orElseThrow(() -> new IllegalStateException(
          "no connection " + connection.orElse("") + " in " + directory + ": " + loaded.findings())));
    }

    /** The host read for the release, with what reading it reported; the release decides the dialect. */
    public DaemonLoader.Loaded load(Target release) {
      ParseOptions options = ParseOptions.defaults(directory).withTarget(release).withDialect(release.implementation());
      try {
        return new DaemonLoader().load(directory, options);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Where the line {@code # ipsec.secrets} starts; -1 without one. */
    private static int secretsMark(String fragment) {
      if (fragment.startsWith(SECRETS_MARK)) {
        return 0;
      }
      int newline = fragment.indexOf("\n" + SECRETS_MARK);
      return newline < 0 ? -1 : newline + 1;
    }
  }
}
