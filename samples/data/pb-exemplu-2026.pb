META
key;value
description;"Illustrative participatory budget of the fictional Municipiul Exemplu; not a real vote, every figure is invented"
country;Romania
unit;Municipiul Exemplu (illustrative)
instance;2026
subunit;Bugetare participativă 2026
num_projects;10
num_votes;60
budget;1000000
currency;RON
vote_type;approval
rule;greedy
date_begin;2026-03-01
date_end;2026-03-31
min_length;1
max_length;6
PROJECTS
project_id;cost;name;category;target
P01;320000;Parc de buzunar Strada Florilor;greenery;district-1
P02;280000;Piste de biciclete Bulevardul Central;mobility;district-1
P03;150000;Grădină comunitară Cartierul Nord;greenery;district-1
P04;240000;Stații de autobuz umbrite;mobility;district-1
P05;200000;Acoperiș verde la școala nr. 3;greenery;district-2
P06;120000;Fântâni de apă potabilă în parcuri;public-health;district-2
P07;90000;Rastele de biciclete la gara de Est;mobility;district-2
P08;180000;Aliniament de arbori Strada Morii;greenery;district-3
P09;60000;Compostare în curțile blocurilor;waste;district-3
P10;400000;Skatepark și loc de joacă;sport;district-1
VOTES
voter_id;age;district;vote
V001;65+;district-1;P01,P02,P10
V002;30-44;district-1;P01,P02
V003;65+;district-1;P01,P02,P03,P04,P10
V004;18-29;district-1;P01,P02,P03
V005;45-64;district-1;P01,P02,P04,P10
V006;65+;district-1;P01,P03,P04,P10
V007;45-64;district-1;P02
V008;30-44;district-1;P02,P04
V009;30-44;district-1;P01
V010;45-64;district-1;P01,P02,P10
V011;65+;district-1;P01,P02,P03
V012;65+;district-1;P01,P02,P03,P04
V013;65+;district-1;P03,P04
V014;18-29;district-1;P02,P10
V015;65+;district-1;P01,P04
V016;65+;district-1;P02,P03,P04,P10,P06
V017;30-44;district-1;P01,P03,P04
V018;30-44;district-1;P01,P02
V019;30-44;district-1;P01,P02
V020;65+;district-1;P01,P02,P03,P04
V021;30-44;district-1;P01,P10
V022;45-64;district-1;P01,P02,P03,P04,P06
V023;65+;district-1;P01,P04,P10
V024;30-44;district-1;P01,P02,P04
V025;30-44;district-1;P01,P02,P10
V026;30-44;district-1;P01,P02,P10
V027;30-44;district-1;P01,P02,P03,P10
V028;45-64;district-1;P01,P03,P04,P10,P06
V029;30-44;district-1;P01,P02,P03
V030;30-44;district-1;P01,P02,P03
V031;30-44;district-1;P01,P10
V032;18-29;district-1;P02,P03,P04
V033;30-44;district-1;P01,P02
V034;30-44;district-1;P01,P02,P04
V035;30-44;district-1;P01,P02,P03,P04,P10
V036;18-29;district-1;P01,P02,P03
V037;45-64;district-2;P05,P06,P07,P02
V038;18-29;district-2;P05,P06
V039;18-29;district-2;P06,P07
V040;65+;district-2;P05
V041;18-29;district-2;P05,P07
V042;18-29;district-2;P05,P06
V043;45-64;district-2;P05,P06,P07,P02
V044;18-29;district-2;P05,P06,P02
V045;45-64;district-2;P05,P06,P07
V046;30-44;district-2;P05,P06,P07
V047;18-29;district-2;P05,P06,P02
V048;45-64;district-2;P05
V049;65+;district-2;P05,P06,P07
V050;30-44;district-2;P05,P06
V051;45-64;district-2;P05,P06
V052;18-29;district-2;P05,P06,P02
V053;30-44;district-3;P08,P09,P06
V054;65+;district-3;P08
V055;45-64;district-3;P08,P09
V056;65+;district-3;P08,P09
V057;45-64;district-3;P08,P09
V058;18-29;district-3;P08,P09,P06
V059;65+;district-3;P08
V060;45-64;district-3;P08,P09,P06
