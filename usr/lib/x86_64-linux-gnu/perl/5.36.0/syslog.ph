require '_h2ph_pre.ph';

no warnings qw(redefine misc);

require 'sys/syslog.ph';
1;
