// Go's unicode.IsLetter / IsDigit / IsSpace, because BuildKit defines variable names and word breaks with
// them.
#pragma once

namespace distill::syntax::variables {

bool is_letter(char32_t c);  // categories Lu, Ll, Lt, Lm, Lo
bool is_digit(char32_t c);   // category Nd (so Arabic-Indic digits count, as in Go)
bool is_space(char32_t c);   // Go's White_Space set, including U+0085 and U+00A0

}  // namespace distill::syntax::variables
