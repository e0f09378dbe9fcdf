#include "rewrite/carried_env.h"

namespace distill::rewrite {

bool build_only_env(std::string_view name) {
  for (std::string_view prefix : {"PIP_", "POETRY_", "PIPENV_", "UV_", "NPM_CONFIG_", "npm_config_", "YARN_",
                                  "PNPM_", "CGO_", "CARGO_", "RUSTUP_", "MAVEN_", "GRADLE_", "APT_"}) {
    if (name.starts_with(prefix)) return true;
  }
  for (std::string_view exact : {"PATH",
                                 "DEBIAN_FRONTEND",
                                 "GOPATH",
                                 "GOOS",
                                 "GOARCH",
                                 "GOFLAGS",
                                 "GOPROXY",
                                 "GO111MODULE",
                                 "GOBIN",
                                 "GOCACHE",
                                 "GOPRIVATE",
                                 "GONOSUMDB",
                                 "GOTOOLCHAIN",
                                 "GOLANG_VERSION",
                                 "RUSTFLAGS",
                                 "RUST_VERSION",
                                 "PYTHON_VERSION",
                                 "PYTHON_PIP_VERSION",
                                 "PYTHON_SETUPTOOLS_VERSION",
                                 "PYTHON_GET_PIP_URL",
                                 "PYTHON_GET_PIP_SHA256",
                                 "GPG_KEY",
                                 "NODE_VERSION",
                                 "YARN_VERSION",
                                 "JAVA_HOME",
                                 "JAVA_VERSION",
                                 "JDK_VERSION",
                                 "CC",
                                 "CXX",
                                 "CFLAGS",
                                 "CXXFLAGS",
                                 "CPPFLAGS",
                                 "LDFLAGS",
                                 "PKG_CONFIG_PATH",
                                 "VIRTUAL_ENV",
                                 "MAKEFLAGS",
                                 "BUILD_DEPS",
                                 "BUILD_PACKAGES"}) {
    if (name == exact) return true;
  }
  return false;
}

}  // namespace distill::rewrite
