// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine.config;

import io.github.ipseclint.model.target.Target;
import java.util.Optional;

/**
 * {@code hosts:} entry: every directory matching the glob is one daemon host, holding all files
 * below it; with a target, its files are read for that implementation and release.
 */
public record HostGlob(PathGlob glob, Optional<Target> target) {}
