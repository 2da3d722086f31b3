// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

/**
 * Site-to-site fragments in the style of the negotiation cases (left 192.0.2.1 with 10.1.0.0/24,
 * right 192.0.2.2 with 10.2.0.0/24, PSK), with a placeholder {@code %s} for the lines a test varies.
 */
final class ChildFragments {
  /** The left end initiating, swanctl; {@code %s} goes into the child. */
  static final String SWANCTL_LEFT = """
      connections {
        site {
          local_addrs  = 192.0.2.1
          remote_addrs = 192.0.2.2
          local {
            auth = psk
            id = @left
          }
          remote {
            auth = psk
            id = @right
          }
          children {
            net {
              %s
              start_action = start
            }
          }
        }
      }
      secrets {
        ike-1 {
          id-1 = @left
          id-2 = @right
          secret = "s3cret"
        }
      }
      """;

  /** The right end responding, swanctl; {@code %s} goes into the child. */
  static final String SWANCTL_RIGHT = """
      connections {
        site {
          local_addrs  = 192.0.2.2
          remote_addrs = 192.0.2.1
          local {
            auth = psk
            id = @right
          }
          remote {
            auth = psk
            id = @left
          }
          children {
            net {
              %s
            }
          }
        }
      }
      secrets {
        ike-1 {
          id-1 = @right
          id-2 = @left
          secret = "s3cret"
        }
      }
      """;

  /** The right end responding, Libreswan; {@code %s} are extra conn lines. */
  static final String LIBRESWAN_RIGHT = """
      conn site
          left=192.0.2.2
          leftid=@right
          right=192.0.2.1
          rightid=@left
          authby=secret
      %s
          auto=add
      # ipsec.secrets
      @right @left : PSK "s3cret"
      """;

  /** The left end initiating, Libreswan; {@code %s} are extra conn lines. */
  static final String LIBRESWAN_LEFT = """
      conn site
          left=192.0.2.1
          leftid=@left
          right=192.0.2.2
          rightid=@right
          authby=secret
      %s
          auto=start
      # ipsec.secrets
      @left @right : PSK "s3cret"
      """;

  private ChildFragments() {}

  /** Conn lines for a Libreswan fragment, each indented as the conn's settings. */
  static String lines(String... lines) {
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append(out.length() == 0 ? "" : "\n").append("    ").append(line);
    }
    return out.toString();
  }
}
