#include "cli/rewrite_verify.h"

#include <fstream>

#include "lint/process.h"

namespace distill::cli {

namespace {

std::vector<std::string> split_words(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n') {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(word);
  return words;
}

core::Error engine_error(const std::string& what, const lint::ProcessOutput& output) {
  std::string tail = output.err.size() > 2000 ? output.err.substr(output.err.size() - 2000) : output.err;
  return core::Error{what + " (exit " + std::to_string(output.exit_code) + "):\n" + tail, "", 0, 0};
}

core::Result<lint::ProcessOutput> run(const std::vector<std::string>& argv) {
  return lint::run_process(argv);
}

core::Result<long long> image_size(const std::string& engine, const std::string& tag) {
  auto output = run({engine, "image", "inspect", "--format", "{{.Size}}", tag});
  if (!output) return output.error();
  if (output->exit_code != 0) return engine_error("cannot inspect " + tag, *output);
  try {
    return std::stoll(output->out);
  } catch (const std::exception&) {
    return core::Error{"unexpected size from " + engine + ": " + output->out, "", 0, 0};
  }
}

}  // namespace

core::Result<VerifyReport> verify_with_engine(const VerifyRequest& request) {
  std::string engine;
  for (const char* candidate : {"podman", "docker"}) {
    if (auto found = lint::find_executable(candidate)) {
      engine = found->string();
      break;
    }
  }
  if (engine.empty()) return core::Error{"--verify needs podman or docker on PATH", "", 0, 0};
  auto scratch = lint::ScratchDirectory::create();
  if (!scratch) return scratch.error();
  std::string rewritten_path = (scratch->path() / "Dockerfile.distroless").string();
  {
    std::ofstream out(rewritten_path, std::ios::binary);
    out << request.rewritten;
    if (!out) return core::Error{"cannot write " + rewritten_path, "", 0, 0};
  }
  VerifyReport report;
  report.engine = engine;
  const std::string original_tag = "localhost/distill-verify-original:latest";
  const std::string rewritten_tag = "localhost/distill-verify-rewritten:latest";
  for (const auto& [file, tag] :
       {std::pair{request.dockerfile, original_tag}, std::pair{rewritten_path, rewritten_tag}}) {
    auto built = run({engine, "build", "-q", "-f", file, "-t", tag, request.context});
    if (!built) return built.error();
    if (built->exit_code != 0) return engine_error("building " + file + " failed", *built);
  }
  auto original_size = image_size(engine, original_tag);
  if (!original_size) return original_size.error();
  auto rewritten_size = image_size(engine, rewritten_tag);
  if (!rewritten_size) return rewritten_size.error();
  report.original_bytes = *original_size;
  report.rewritten_bytes = *rewritten_size;
  if (request.run_args) {
    auto args = split_words(*request.run_args);
    std::vector<lint::ProcessOutput> outputs;
    for (const auto& tag : {original_tag, rewritten_tag}) {
      std::vector<std::string> argv = {engine, "run", "--rm", tag};
      argv.insert(argv.end(), args.begin(), args.end());
      auto ran = run(argv);
      if (!ran) return ran.error();
      outputs.push_back(*ran);
    }
    report.ran = true;
    report.same_output = outputs[0].out == outputs[1].out && outputs[0].exit_code == outputs[1].exit_code;
    if (!report.same_output) {
      report.difference =
          outputs[0].exit_code != outputs[1].exit_code
              ? "exit " + std::to_string(outputs[0].exit_code) + " vs " + std::to_string(outputs[1].exit_code)
              : "stdout differs";
    }
  }
  return report;
}

}  // namespace distill::cli
