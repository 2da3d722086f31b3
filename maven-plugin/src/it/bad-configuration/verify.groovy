// SPDX-License-Identifier: Apache-2.0
// Bad configuration stops the build with an execution error that says what to fix.
def log = new File(basedir, 'build.log').text
assert log.contains("ipseclint: unknown profile 'nist-9000'; set <profile> to one of")
assert log.contains('MojoExecutionException')
assert !new File(basedir, 'target/ipseclint.sarif').exists()
