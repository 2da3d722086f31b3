// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.model;

import io.github.ipseclint.model.crypto.IkeVersion;
import io.github.ipseclint.model.ipsec.ChildAction;
import io.github.ipseclint.model.ipsec.Fragmentation;
import io.github.ipseclint.model.ipsec.IpsecMode;
import io.github.ipseclint.model.ipsec.StartAction;
import java.util.Map;

/** The enumerated option values of the three front ends and what they mean in the model. */
final class Choices {
  static final ValueType<IkeVersion> STROKE_KEYEXCHANGE = Scalars.choice(
      Map.of("ike", IkeVersion.ANY, "ikev1", IkeVersion.IKEV1, "ikev2", IkeVersion.IKEV2), true);
  static final ValueType<IkeVersion> PLUTO_KEYEXCHANGE = Scalars.choice(
      Map.of("ike", IkeVersion.IKEV2, "ikev1", IkeVersion.IKEV1, "ikev2", IkeVersion.IKEV2), false);
  /** 4.x {@code ikev2=}: only {@code no}/{@code never} select IKEv1 (formats.md §5.4). */
  static final ValueType<IkeVersion> PLUTO_IKEV2 = Scalars.choice(Map.of(
      "yes", IkeVersion.IKEV2, "no", IkeVersion.IKEV1, "propose", IkeVersion.IKEV2, "permit", IkeVersion.IKEV2,
      "insist", IkeVersion.IKEV2, "always", IkeVersion.IKEV2, "never", IkeVersion.IKEV1), false);
  static final ValueType<IkeVersion> SWANCTL_VERSION = Scalars.choice(
      Map.of("0", IkeVersion.ANY, "1", IkeVersion.IKEV1, "2", IkeVersion.IKEV2), true);

  static final ValueType<StartAction> STROKE_AUTO = Scalars.choice(Map.of("ignore", StartAction.IGNORE,
      "add", StartAction.NONE, "route", StartAction.TRAP, "start", StartAction.START), true);
  /** {@code keep} is {@code up} that also revives; both initiate. */
  static final ValueType<StartAction> PLUTO_AUTO = Scalars.choice(Map.of("ignore", StartAction.IGNORE,
      "add", StartAction.NONE, "ondemand", StartAction.TRAP, "route", StartAction.TRAP, "up", StartAction.START,
      "start", StartAction.START, "keep", StartAction.START), false);
  static final ValueType<StartAction> SWANCTL_START = Scalars.choice(Map.of("none", StartAction.NONE,
      "clear", StartAction.NONE, "trap", StartAction.TRAP, "route", StartAction.TRAP, "start", StartAction.START,
      "restart", StartAction.START, "trap|start", StartAction.TRAP_AND_START, "start|trap", StartAction.TRAP_AND_START), true);

  static final ValueType<ChildAction> STROKE_ACTION = Scalars.choice(Map.of("none", ChildAction.CLEAR,
      "clear", ChildAction.CLEAR, "hold", ChildAction.TRAP, "restart", ChildAction.RESTART), true);
  static final ValueType<ChildAction> PLUTO_ACTION = Scalars.choice(Map.of("clear", ChildAction.CLEAR,
      "hold", ChildAction.TRAP, "restart", ChildAction.RESTART), false);
  static final ValueType<ChildAction> SWANCTL_ACTION = Scalars.choice(Map.of("none", ChildAction.CLEAR,
      "clear", ChildAction.CLEAR, "trap", ChildAction.TRAP, "hold", ChildAction.TRAP, "route", ChildAction.TRAP,
      "start", ChildAction.RESTART, "restart", ChildAction.RESTART), true);

  static final ValueType<IpsecMode> STROKE_TYPE = Scalars.choice(Map.of("tunnel", IpsecMode.TUNNEL,
      "transport", IpsecMode.TRANSPORT, "transport_proxy", IpsecMode.TRANSPORT_PROXY, "beet", IpsecMode.BEET,
      "passthrough", IpsecMode.PASS, "pass", IpsecMode.PASS, "drop", IpsecMode.DROP, "reject", IpsecMode.REJECT), true);
  /** pluto implements {@code reject} as {@code drop} (formats.md §5.4). */
  static final ValueType<IpsecMode> PLUTO_TYPE = Scalars.choice(Map.of("tunnel", IpsecMode.TUNNEL,
      "transport", IpsecMode.TRANSPORT, "passthrough", IpsecMode.PASS, "pass", IpsecMode.PASS,
      "drop", IpsecMode.DROP, "reject", IpsecMode.DROP), false);
  static final ValueType<IpsecMode> SWANCTL_MODE = Scalars.choice(Map.of("tunnel", IpsecMode.TUNNEL,
      "transport", IpsecMode.TRANSPORT, "transport_proxy", IpsecMode.TRANSPORT_PROXY, "beet", IpsecMode.BEET,
      "pass", IpsecMode.PASS, "drop", IpsecMode.DROP), false);
  /** strongSwan 6.0.2 added {@code iptfs} (NEWS: "Basic support for AGGFRAG mode (RFC 9347)"). */
  static final ValueType<IpsecMode> SWANCTL_MODE_6_0_2 = Scalars.choice(Map.of("tunnel", IpsecMode.TUNNEL,
      "transport", IpsecMode.TRANSPORT, "transport_proxy", IpsecMode.TRANSPORT_PROXY, "beet", IpsecMode.BEET,
      "pass", IpsecMode.PASS, "drop", IpsecMode.DROP, "iptfs", IpsecMode.IPTFS), false);

  static final ValueType<Fragmentation> STRONGSWAN_FRAGMENTATION = Scalars.choice(Map.of("no", Fragmentation.NO,
      "accept", Fragmentation.ACCEPT, "yes", Fragmentation.YES, "force", Fragmentation.FORCE), true);
  static final ValueType<Fragmentation> PLUTO_FRAGMENTATION = Scalars.choice(Map.of("no", Fragmentation.NO,
      "yes", Fragmentation.YES, "force", Fragmentation.FORCE), false);
  /** {@code auto} (the default) only encapsulates behind a NAT. */
  static final ValueType<Boolean> PLUTO_ENCAPSULATION = Scalars.choice(Map.of("yes", true, "no", false,
      "auto", false), false);

  private Choices() {}
}
