require '_h2ph_pre.ph';

no warnings qw(redefine misc);

require 'asm-generic/sockios.ph';
1;
