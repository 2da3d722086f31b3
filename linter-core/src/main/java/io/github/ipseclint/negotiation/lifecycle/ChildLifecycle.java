// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.lifecycle;

import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.outcome.ChildRekey;
import io.github.ipseclint.negotiation.outcome.Verdict;
import java.util.List;

/**
 * Follows an established CHILD SA through its first rekey, hard expiry, recreation and
 * reauthentication (negotiation.md §7, §12, §14.2 C13-C14). Log lines of later events go into the
 * exchange, tagged with their event.
 */
public final class ChildLifecycle {

  public LifecycleResult follow(Exchange exchange) {
    // TODO(#6 lifecycle): §14.2 C13/C14; until then an established CHILD SA counts as stable.
    return new LifecycleResult(Verdict.STABLE, ChildRekey.notApplicable(), List.of(), "");
  }
}
