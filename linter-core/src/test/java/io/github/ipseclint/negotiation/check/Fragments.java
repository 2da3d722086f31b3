// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

/**
 * Host configurations from the negotiation cases (negotiation.md §16): left 192.0.2.1 (@left,
 * 10.1.0.0/24), right 192.0.2.2 (@right, 10.2.0.0/24), PSK s3cret.
 */
final class Fragments {
  private Fragments() {}

  /** A swanctl host; {@code extra} goes into the connection section, {@code childExtra} into the child. */
  static String swanctl(String me, String peer, String myId, String peerId, String extra, String childExtra) {
    String[] myNet = me.equals("192.0.2.1") ? new String[] {"10.1.0.0/24", "10.2.0.0/24"}
        : new String[] {"10.2.0.0/24", "10.1.0.0/24"};
    return """
        connections {
          site {
            local_addrs  = %s
            remote_addrs = %s
        %s
            local {
              auth = psk
              id = %s
            }
            remote {
              auth = psk
              id = %s
            }
            children {
              net {
                local_ts  = %s
                remote_ts = %s
        %s
              }
            }
          }
        }
        secrets {
          ike-1 {
            id-1 = %s
            id-2 = %s
            secret = "s3cret"
          }
        }
        """.formatted(me, peer, extra, myId, peerId, myNet[0], myNet[1], childExtra, myId, peerId);
  }

  static String swanctlLeft(String extra, String childExtra) {
    return swanctl("192.0.2.1", "192.0.2.2", "@left", "@right", extra, childExtra);
  }

  static String swanctlRight(String extra, String childExtra) {
    return swanctl("192.0.2.2", "192.0.2.1", "@right", "@left", extra, childExtra);
  }

  /** A Libreswan conn {@code site}; {@code extra} lines are added to it. */
  static String libreswan(boolean left, String extra) {
    String me = left ? "192.0.2.1" : "192.0.2.2";
    String peer = left ? "192.0.2.2" : "192.0.2.1";
    String myNet = left ? "10.1.0.0/24" : "10.2.0.0/24";
    String peerNet = left ? "10.2.0.0/24" : "10.1.0.0/24";
    String myId = left ? "@left" : "@right";
    String peerId = left ? "@right" : "@left";
    return """
        conn site
            left=%s
            leftid=%s
            leftsubnet=%s
            right=%s
            rightid=%s
            rightsubnet=%s
            authby=secret
        """.formatted(me, myId, myNet, peer, peerId, peerNet) + indent(extra);
  }

  /** ipsec.conf settings must be indented; {@code extra} holds one setting per line. */
  private static String indent(String extra) {
    StringBuilder out = new StringBuilder();
    for (String line : extra.split("\n")) {
      if (!line.isBlank()) {
        out.append("    ").append(line.strip()).append('\n');
      }
    }
    return out.toString();
  }

  static String secrets(boolean left) {
    return left ? "@left @right : PSK \"s3cret\"\n" : "@right @left : PSK \"s3cret\"\n";
  }

  /** A strongSwan ipsec.conf conn {@code site}; {@code extra} lines are added to it. */
  static String stroke(boolean left, String extra) {
    return libreswan(left, extra);
  }
}
