// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Host directories for the simulate and matrix tests, written from configuration text (fragments
 * of the negotiation cases, ../shared/spec/negotiation-cases): gateway 192.0.2.1 with 10.1.0.0/24
 * and ID @left, gateway 192.0.2.2 with 10.2.0.0/24 and ID @right.
 */
final class TunnelHosts {
  private TunnelHosts() {}

  /** A strongSwan host with one swanctl connection {@code site} from left to right; {@code extra} goes into it. */
  static String swanctlLeft(String extra, String childExtra, String secret) {
    return """
        connections {
          site {
            local_addrs  = 192.0.2.1
            remote_addrs = 192.0.2.2
        %s    local {
              auth = psk
              id = @left
            }
            remote {
              auth = psk
              id = @right
            }
            children {
              net {
                local_ts  = 10.1.0.0/24
                remote_ts = 10.2.0.0/24
        %s      }
            }
          }
        }
        secrets {
          ike-1 {
            id-1 = @left
            id-2 = @right
            secret = "%s"
          }
        }
        """.formatted(extra, childExtra, secret);
  }

  /**
   * An ipsec.conf {@code conn site} from right to left, in the syntax both dialects share;
   * {@code extra} lines go into it.
   */
  static String siteRight(String name, String extra) {
    return """
        conn %s
        \tleft=192.0.2.2
        \tleftid=@right
        \tleftsubnet=10.2.0.0/24
        \tright=192.0.2.1
        \trightid=@left
        \trightsubnet=10.1.0.0/24
        \tauthby=secret
        %s""".formatted(name, extra);
  }

  static Path swanctlHost(Path directory, String swanctlConf) {
    return write(directory, "swanctl/swanctl.conf", swanctlConf);
  }

  /** A Libreswan host; {@code logfile} tells the dialect, as the cases' fragments alone would not. */
  static Path libreswanHost(Path directory, String ipsecConf, String secret) {
    write(directory, "ipsec.secrets", "@right @left : PSK \"" + secret + "\"\n");
    return write(directory, "ipsec.conf", "config setup\n\tlogfile=/var/log/pluto.log\n\n" + ipsecConf);
  }

  /** Writes {@code file} below {@code directory} and returns the directory. */
  static Path write(Path directory, String file, String text) {
    try {
      Path target = directory.resolve(file);
      Files.createDirectories(target.getParent());
      Files.writeString(target, text);
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
