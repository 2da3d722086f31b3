// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine.config;

import io.github.ipseclint.model.target.Target;

/** {@code targets: {"<glob>": <target>}}: files matching the glob are read for that daemon release. */
public record TargetGlob(PathGlob glob, Target target) {}
