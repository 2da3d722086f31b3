// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.detect;

import io.github.ipseclint.model.target.FileKind;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The kind of a file from its name and the directories above it, the way the daemons lay out
 * {@code /etc}: {@code ipsec.conf} and Libreswan's {@code ipsec.d/*.conf}; {@code swanctl.conf}
 * and any {@code *.conf} below a {@code swanctl/} directory; {@code strongswan.conf} and any
 * {@code *.conf} below {@code strongswan.d/}; {@code ipsec.secrets} and any {@code *.secrets}.
 * Names like {@code west.swanctl.conf} (test suites keep one file per host) count too.
 */
public final class FileKindByName {
  private FileKindByName() {}

  public static Optional<FileKind> of(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    if (name.equals("ipsec.secrets") || name.endsWith(".secrets")) {
      return Optional.of(FileKind.IPSEC_SECRETS);
    }
    // /etc/ld.so.conf.d/strongswan.conf is the dynamic linker's, not strongSwan's.
    if (!name.endsWith(".conf") || below(path, "ld.so.conf.d")) {
      return Optional.empty();
    }
    if (name.equals("swanctl.conf") || name.endsWith(".swanctl.conf") || below(path, "swanctl")) {
      return Optional.of(FileKind.SWANCTL_CONF);
    }
    if (name.equals("strongswan.conf") || name.endsWith(".strongswan.conf") || below(path, "strongswan.d")) {
      return Optional.of(FileKind.STRONGSWAN_CONF);
    }
    if (name.equals("ipsec.conf") || name.endsWith(".ipsec.conf") || below(path, "ipsec.d")) {
      return Optional.of(FileKind.IPSEC_CONF);
    }
    return Optional.empty();
  }

  /** True when one of the directories above the file is called {@code directory}. */
  private static boolean below(Path path, String directory) {
    for (Path parent = path.getParent(); parent != null; parent = parent.getParent()) {
      if (parent.getFileName() != null && parent.getFileName().toString().equals(directory)) {
        return true;
      }
    }
    return false;
  }

  /** True for the file a daemon reads first (the others are usually reached through includes). */
  public static boolean isMainFile(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    return name.equals("ipsec.conf") || name.equals("swanctl.conf")
        || name.equals("strongswan.conf") || name.equals("ipsec.secrets");
  }
}
