#!/usr/bin/perl -w
# This file was preprocessed, do not edit!


package Debconf::Format;
use strict;
use base qw(Debconf::Base);


1
