// Writing Dockerfile text: JSON exec-form arrays and ENV values that BuildKit reads back unchanged.
#pragma once

#include <string>
#include <vector>

namespace distill::rewrite {

// ["a", "b"] with JSON string escapes.
std::string exec_form(const std::vector<std::string>& argv);
// A value for `ENV NAME=<value>`: bare when it is plain, otherwise double-quoted with \ " $ escaped.
std::string env_value(const std::string& value);

}  // namespace distill::rewrite
