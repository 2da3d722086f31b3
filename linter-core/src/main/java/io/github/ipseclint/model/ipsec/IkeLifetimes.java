// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import java.time.Duration;

/**
 * The IKE SA timers normalized to charon's terms (negotiation.md §12.1): the SA is rekeyed (or
 * reauthenticated) at {@code time - random(0..rand)} and dies {@code over} later. A zero
 * {@code rekey} or {@code reauth} means "never". ipsec.conf lifetimes and margins are converted
 * the way the stroke plugin and pluto convert them; the span points at the option that set them.
 */
public record IkeLifetimes(
    Configured<Duration> rekey, Configured<Duration> reauth, Configured<Duration> over, Configured<Duration> rand) {}
