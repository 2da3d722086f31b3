// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

/** Byte or packet limits of a CHILD SA in swanctl's terms; 0 means "no limit". */
public record VolumeLimits(Configured<Long> rekey, Configured<Long> life, Configured<Long> rand) {}
