// SPDX-License-Identifier: Apache-2.0
def log = new File(basedir, 'build.log').text
assert log.contains('ipseclint: skipped')
assert !new File(basedir, 'target/ipseclint.sarif').exists()
