// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse;

import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.parse.include.IncludeResolver;

/**
 * What a format reader needs besides the file: the release whose rules apply, the include
 * resolver (file access under the root) and the sink for findings.
 */
public record ReadContext(Target target, IncludeResolver includes, FindingSink findings) {}
