// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

/**
 * Configuration fragments of the negotiation cases (negotiation.md §16), left at 192.0.2.1 with
 * ID {@code @left}, right at 192.0.2.2 with ID {@code @right}, and variations of them.
 */
final class AuthFragments {
  private AuthFragments() {}

  /** C15 left: swanctl, PSK both ways, IDs @left/@right, start_action = start. */
  static String swanctlSite(String localId, String remoteId, String secretsSection) {
    return """
        connections {
          site {
            local_addrs  = 192.0.2.1
            remote_addrs = 192.0.2.2
            local {
              auth = psk
        %s    }
            remote {
              auth = psk
        %s    }
            children {
              net {
                local_ts  = 10.1.0.0/24
                remote_ts = 10.2.0.0/24
                start_action = start
              }
            }
          }
        }
        secrets {
        %s}
        """.formatted(idLine(localId), idLine(remoteId), secretsSection);
  }

  /** The same as the responder at 192.0.2.2 (local and remote swapped). */
  static String swanctlResponder(String localId, String remoteId, String localAuth, String remoteAuth,
      String secretsSection) {
    return """
        connections {
          site {
            local_addrs  = 192.0.2.2
            remote_addrs = 192.0.2.1
            local {
              auth = %s
        %s    }
            remote {
              auth = %s
        %s    }
            children {
              net {
                local_ts  = 10.2.0.0/24
                remote_ts = 10.1.0.0/24
              }
            }
          }
        }
        secrets {
        %s}
        """.formatted(localAuth, idLine(localId), remoteAuth, idLine(remoteId), secretsSection);
  }

  static String ikeSecret(String ids, String secret) {
    StringBuilder out = new StringBuilder("  ike-1 {\n");
    int n = 1;
    for (String id : ids.split(" ")) {
      if (!id.isEmpty()) {
        out.append("    id-").append(n++).append(" = ").append(id).append('\n');
      }
    }
    return out.append("    secret = \"").append(secret).append("\"\n  }\n").toString();
  }

  /** A Libreswan conn at {@code left} (own) talking to {@code right}, with its secrets. */
  static String libreswan(String left, String leftId, String right, String rightId, String extra, String secrets) {
    return "conn site\n"
        + "    left=" + left + "\n"
        + (leftId.isEmpty() ? "" : "    leftid=" + leftId + "\n")
        + "    leftsubnet=10.2.0.0/24\n"
        + "    right=" + right + "\n"
        + (rightId.isEmpty() ? "" : "    rightid=" + rightId + "\n")
        + "    rightsubnet=10.1.0.0/24\n"
        + extra
        + "    auto=add\n"
        + (secrets.isEmpty() ? "" : "# ipsec.secrets\n" + secrets + "\n");
  }

  /** A strongSwan ipsec.conf conn with its secrets. */
  static String stroke(String left, String leftId, String right, String rightId, String extra, String secrets) {
    return "conn site\n"
        + "    left=" + left + "\n"
        + (leftId.isEmpty() ? "" : "    leftid=" + leftId + "\n")
        + "    leftsubnet=10.1.0.0/24\n"
        + "    right=" + right + "\n"
        + (rightId.isEmpty() ? "" : "    rightid=" + rightId + "\n")
        + "    rightsubnet=10.2.0.0/24\n"
        + extra
        + "    keyexchange=ikev2\n"
        + "    auto=start\n"
        + (secrets.isEmpty() ? "" : "# ipsec.secrets\n" + secrets + "\n");
  }

  private static String idLine(String id) {
    return id.isEmpty() ? "" : "      id = " + id + "\n";
  }
}
