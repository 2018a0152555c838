#!/usr/bin/perl -w
# This file was preprocessed, do not edit!


package Debconf::Element::Noninteractive::Boolean;
use strict;
use base qw(Debconf::Element::Noninteractive);


1
