// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import io.github.ipseclint.model.source.ByteText;
import java.util.Optional;

/**
 * Where a value of the semantic model comes from. Rules report at the value's span either way;
 * the provenance lets them say "inherited from %default" or "daemon default" in the message.
 *
 * @param section the section it was inherited from ({@code %default}, the {@code also=} target,
 *     or the swanctl path a reference led to); empty for written and default values
 */
public record Provenance(Kind kind, Optional<ByteText> section) {

  /** How the value reached the connection. */
  public enum Kind {
    /** Written in the connection's own section. */
    WRITTEN,
    /** Inherited from {@code conn %default}. */
    INHERITED_DEFAULT,
    /** Inherited through {@code also=}. */
    INHERITED_ALSO,
    /** Inherited through a swanctl section reference ({@code name : template}). */
    INHERITED_REFERENCE,
    /** Not configured: the daemon's built-in default (negotiation.md §1.2). */
    DAEMON_DEFAULT
  }

  public static final Provenance WRITTEN = new Provenance(Kind.WRITTEN, Optional.empty());
  public static final Provenance DAEMON_DEFAULT = new Provenance(Kind.DAEMON_DEFAULT, Optional.empty());

  public static Provenance inherited(Kind kind, ByteText section) {
    return new Provenance(kind, Optional.of(section));
  }

  public boolean isDefault() {
    return kind == Kind.DAEMON_DEFAULT;
  }

  /** {@code written}, {@code default}, {@code %default}, {@code also=base}, {@code ref=conn-defaults}. */
  public String label() {
    switch (kind) {
      case WRITTEN:
        return "written";
      case DAEMON_DEFAULT:
        return "default";
      case INHERITED_DEFAULT:
        return "%default";
      case INHERITED_ALSO:
        return "also=" + section.map(ByteText::display).orElse("");
      default:
        return "ref=" + section.map(ByteText::display).orElse("");
    }
  }

  @Override
  public String toString() {
    return label();
  }
}
