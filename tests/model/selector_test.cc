// Label selectors: kubectl's -l syntax, what each requirement matches, and what is refused.
#include <catch2/catch.hpp>

#include <map>
#include <string>

#include "model/selector.h"

using podrun::model::parse_selector;

TEST_CASE("selectors: what each requirement matches (table)", "[model][selector]") {
  const std::map<std::string, std::string> web{{"app", "web"}, {"tier", "front"}, {"gen", "3"}, {"podrun.io/applyset", "site"}};
  struct Row {
    const char* selector;
    bool matches;
  } rows[] = {
      {"", true},
      {"app=web", true},
      {"app==web", true},
      {"app=db", false},
      {"app!=db", true},
      {"app!=web", false},
      {"missing!=x", true},  // != matches objects without the key
      {"app in (web, db)", true},
      {"app in (db,cache)", false},
      {"app notin (db)", true},
      {"missing notin (a)", true},
      {"app notin (web)", false},
      {"tier", true},
      {"missing", false},
      {"!missing", true},
      {"!tier", false},
      {"gen>2", true},
      {"gen>3", false},
      {"gen<4", true},
      {"app>1", false},  // not an integer: no match
      {"app=web,tier=front", true},
      {"app=web,tier=back", false},
      {"  app = web ,  !canary ", true},
      {"podrun.io/applyset=site", true},
      {"app=", false},  // an empty value is a value
  };
  for (const auto& r : rows) {
    CAPTURE(r.selector);
    std::string why;
    auto sel = parse_selector(r.selector, &why);
    REQUIRE(sel);
    CHECK(sel->matches(web) == r.matches);
  }
}

TEST_CASE("selectors: refused, with what is wrong (table)", "[model][selector]") {
  struct Row {
    const char* selector;
    const char* message;  // a part of the error
  } rows[] = {
      {"app=web,", "a requirement is expected after the last ','"},
      {"app in web", "expected '(' after in"},
      {"app in ()", "the set of values for \"app\" is empty"},
      {"app in (a b)", "expected ',' or ')'"},
      {"gen>x", "the value must be an integer"},
      {"-app=web", "key \"-app\""},
      {"Example.com/app=x", "the prefix must be a DNS subdomain"},
      {"app="
       "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
       "no more than 63 characters"},
      {"app=we b", "expected ','"},
      {"=web", "key \"\""},
  };
  for (const auto& r : rows) {
    CAPTURE(r.selector);
    std::string why;
    CHECK_FALSE(parse_selector(r.selector, &why));
    CHECK_THAT(why, Catch::Contains(r.message));
    CHECK_THAT(why, Catch::StartsWith("unable to parse requirement: "));
  }
}

TEST_CASE("selectors: the canonical text sorts by key and values", "[model][selector]") {
  CHECK(parse_selector("tier notin (b,a), app=web, !x")->str() == "app=web,tier notin (a,b),!x");
}
