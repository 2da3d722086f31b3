// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import java.time.Duration;
import java.util.Optional;

/**
 * CHILD SA timers normalized to swanctl's terms: rekey at {@code rekey - random(0..rand)}, hard
 * expiry at {@code life}. Zero means "never".
 *
 * @param bytes byte limits when the implementation has them in the model (strongSwan)
 * @param packets packet limits likewise
 */
public record ChildLifetimes(
    Configured<Duration> rekey, Configured<Duration> life, Configured<Duration> rand,
    Optional<VolumeLimits> bytes, Optional<VolumeLimits> packets) {}
