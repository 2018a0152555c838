+{
   locale_version => 1.31,
   backwards => 2,
};
