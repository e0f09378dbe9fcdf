// THE list of rules: one line per rule, sorted by code. Nothing registers itself; a meta test checks that
// every rule file under rules/ is listed here exactly once. `rules/new-rule SLUG` adds a line.
#include <memory>

#include "lint/registry.h"

namespace distill::rules {
// BEGIN DECLARATIONS
std::unique_ptr<lint::Rule> make_add_local_file();
std::unique_ptr<lint::Rule> make_add_remote_url_without_checksum();
std::unique_ptr<lint::Rule> make_apk_add_unpinned();
std::unique_ptr<lint::Rule> make_apk_add_without_no_cache();
std::unique_ptr<lint::Rule> make_apt_command();
std::unique_ptr<lint::Rule> make_apt_get_install_recommends();
std::unique_ptr<lint::Rule> make_apt_get_install_without_yes();
std::unique_ptr<lint::Rule> make_apt_get_unpinned();
std::unique_ptr<lint::Rule> make_apt_lists_not_removed();
std::unique_ptr<lint::Rule> make_build_toolchain_in_final_stage();
std::unique_ptr<lint::Rule> make_cd_in_run();
std::unique_ptr<lint::Rule> make_chmod_world_writable();
std::unique_ptr<lint::Rule> make_cmd_shell_form();
std::unique_ptr<lint::Rule> make_command_not_meaningful_in_container();
std::unique_ptr<lint::Rule> make_consecutive_run_instructions();
std::unique_ptr<lint::Rule> make_copy_archive_then_extract();
std::unique_ptr<lint::Rule> make_copy_dest_missing_slash();
std::unique_ptr<lint::Rule> make_copy_from_own_stage();
std::unique_ptr<lint::Rule> make_copy_from_undefined_stage();
std::unique_ptr<lint::Rule> make_copy_ignored_file();
std::unique_ptr<lint::Rule> make_copy_relative_dest_without_workdir();
std::unique_ptr<lint::Rule> make_copy_whole_filesystem_from_stage();
std::unique_ptr<lint::Rule> make_dnf_clean_all_missing();
std::unique_ptr<lint::Rule> make_dnf_install_unpinned();
std::unique_ptr<lint::Rule> make_dnf_install_without_yes();
std::unique_ptr<lint::Rule> make_duplicate_stage_name();
std::unique_ptr<lint::Rule> make_empty_continuation_line();
std::unique_ptr<lint::Rule> make_env_same_instruction_reference();
std::unique_ptr<lint::Rule> make_expose_invalid_format();
std::unique_ptr<lint::Rule> make_expose_port_out_of_range();
std::unique_ptr<lint::Rule> make_expose_protocol_casing();
std::unique_ptr<lint::Rule> make_final_stage_runs_as_root();
std::unique_ptr<lint::Rule> make_from_as_casing();
std::unique_ptr<lint::Rule> make_from_image_latest_tag();
std::unique_ptr<lint::Rule> make_from_image_untagged();
std::unique_ptr<lint::Rule> make_from_platform_hardcoded();
std::unique_ptr<lint::Rule> make_from_platform_redundant();
std::unique_ptr<lint::Rule> make_gem_install_unpinned();
std::unique_ptr<lint::Rule> make_go_install_unpinned();
std::unique_ptr<lint::Rule> make_healthcheck_missing();
std::unique_ptr<lint::Rule> make_inconsistent_instruction_casing();
std::unique_ptr<lint::Rule> make_inline_ignore_pragma();
std::unique_ptr<lint::Rule> make_instruction_before_from();
std::unique_ptr<lint::Rule> make_instruction_rejected_by_buildkit();
std::unique_ptr<lint::Rule> make_invalid_default_arg_in_from();
std::unique_ptr<lint::Rule> make_invalid_definition_description();
std::unique_ptr<lint::Rule> make_json_form_malformed();
std::unique_ptr<lint::Rule> make_label_empty();
std::unique_ptr<lint::Rule> make_label_key_invalid();
std::unique_ptr<lint::Rule> make_label_missing();
std::unique_ptr<lint::Rule> make_label_not_email();
std::unique_ptr<lint::Rule> make_label_not_git_hash();
std::unique_ptr<lint::Rule> make_label_not_rfc3339();
std::unique_ptr<lint::Rule> make_label_not_semver();
std::unique_ptr<lint::Rule> make_label_not_spdx();
std::unique_ptr<lint::Rule> make_label_not_url();
std::unique_ptr<lint::Rule> make_label_superfluous();
std::unique_ptr<lint::Rule> make_last_user_root();
std::unique_ptr<lint::Rule> make_legacy_key_value_format();
std::unique_ptr<lint::Rule> make_maintainer_instruction();
std::unique_ptr<lint::Rule> make_multiple_cmds();
std::unique_ptr<lint::Rule> make_multiple_entrypoints();
std::unique_ptr<lint::Rule> make_multiple_healthchecks();
std::unique_ptr<lint::Rule> make_npm_unpinned();
std::unique_ptr<lint::Rule> make_onbuild_forbidden_trigger();
std::unique_ptr<lint::Rule> make_package_cache_left_in_layer();
std::unique_ptr<lint::Rule> make_pip_install_cache_dir();
std::unique_ptr<lint::Rule> make_pip_unpinned();
std::unique_ptr<lint::Rule> make_pipe_without_pipefail();
std::unique_ptr<lint::Rule> make_remote_script_piped_to_shell();
std::unique_ptr<lint::Rule> make_reserved_stage_name();
std::unique_ptr<lint::Rule> make_secret_in_arg_or_env();
std::unique_ptr<lint::Rule> make_single_stage_build();
std::unique_ptr<lint::Rule> make_stage_name_casing();
std::unique_ptr<lint::Rule> make_sudo_in_run();
std::unique_ptr<lint::Rule> make_symlink_to_bin_sh();
std::unique_ptr<lint::Rule> make_tls_verification_disabled();
std::unique_ptr<lint::Rule> make_undefined_arg_in_from();
std::unique_ptr<lint::Rule> make_undefined_variable();
std::unique_ptr<lint::Rule> make_unknown_instruction();
std::unique_ptr<lint::Rule> make_untrusted_registry();
std::unique_ptr<lint::Rule> make_unused_suppression();
std::unique_ptr<lint::Rule> make_user_not_numeric();
std::unique_ptr<lint::Rule> make_useradd_high_uid_without_no_log_init();
std::unique_ptr<lint::Rule> make_wget_and_curl_both_used();
std::unique_ptr<lint::Rule> make_wget_without_progress();
std::unique_ptr<lint::Rule> make_workdir_relative_path();
std::unique_ptr<lint::Rule> make_yarn_cache_not_cleaned();
std::unique_ptr<lint::Rule> make_yum_clean_all_missing();
std::unique_ptr<lint::Rule> make_yum_install_unpinned();
std::unique_ptr<lint::Rule> make_yum_install_without_yes();
std::unique_ptr<lint::Rule> make_zypper_clean_missing();
std::unique_ptr<lint::Rule> make_zypper_dist_upgrade();
std::unique_ptr<lint::Rule> make_zypper_install_unpinned();
std::unique_ptr<lint::Rule> make_zypper_install_without_non_interactive();
// END DECLARATIONS
}  // namespace distill::rules

namespace distill::lint {

std::span<const RuleFactory> rule_factories() {
  static constexpr RuleFactory kRules[] = {
      // BEGIN RULES
      &rules::make_build_toolchain_in_final_stage,          // DI0001
      &rules::make_single_stage_build,                      // DI0002
      &rules::make_package_cache_left_in_layer,             // DI0003
      &rules::make_final_stage_runs_as_root,                // DI0004
      &rules::make_remote_script_piped_to_shell,            // DI0005
      &rules::make_tls_verification_disabled,               // DI0006
      &rules::make_add_remote_url_without_checksum,         // DI0008
      &rules::make_chmod_world_writable,                    // DI0009
      &rules::make_unused_suppression,                      // DI0010
      &rules::make_undefined_arg_in_from,                   // DI0011
      &rules::make_unknown_instruction,                     // DI0012
      &rules::make_stage_name_casing,                       // DI0013
      &rules::make_from_as_casing,                          // DI0014
      &rules::make_inconsistent_instruction_casing,         // DI0015
      &rules::make_empty_continuation_line,                 // DI0016
      &rules::make_legacy_key_value_format,                 // DI0017
      &rules::make_expose_protocol_casing,                  // DI0018
      &rules::make_expose_invalid_format,                   // DI0019
      &rules::make_invalid_default_arg_in_from,             // DI0021
      &rules::make_undefined_variable,                      // DI0022
      &rules::make_copy_ignored_file,                       // DI0023
      &rules::make_invalid_definition_description,          // DI0024
      &rules::make_instruction_rejected_by_buildkit,        // DI0025
      &rules::make_json_form_malformed,                     // DI0026
      &rules::make_inline_ignore_pragma,                    // DL1001
      &rules::make_workdir_relative_path,                   // DL3000
      &rules::make_command_not_meaningful_in_container,     // DL3001
      &rules::make_last_user_root,                          // DL3002
      &rules::make_cd_in_run,                               // DL3003
      &rules::make_sudo_in_run,                             // DL3004
      &rules::make_from_image_untagged,                     // DL3006
      &rules::make_from_image_latest_tag,                   // DL3007
      &rules::make_apt_get_unpinned,                        // DL3008
      &rules::make_apt_lists_not_removed,                   // DL3009
      &rules::make_copy_archive_then_extract,               // DL3010
      &rules::make_expose_port_out_of_range,                // DL3011
      &rules::make_multiple_healthchecks,                   // DL3012
      &rules::make_pip_unpinned,                            // DL3013
      &rules::make_apt_get_install_without_yes,             // DL3014
      &rules::make_apt_get_install_recommends,              // DL3015
      &rules::make_npm_unpinned,                            // DL3016
      &rules::make_apk_add_unpinned,                        // DL3018
      &rules::make_apk_add_without_no_cache,                // DL3019
      &rules::make_add_local_file,                          // DL3020
      &rules::make_copy_dest_missing_slash,                 // DL3021
      &rules::make_copy_from_undefined_stage,               // DL3022
      &rules::make_copy_from_own_stage,                     // DL3023
      &rules::make_duplicate_stage_name,                    // DL3024
      &rules::make_cmd_shell_form,                          // DL3025
      &rules::make_untrusted_registry,                      // DL3026
      &rules::make_apt_command,                             // DL3027
      &rules::make_gem_install_unpinned,                    // DL3028
      &rules::make_from_platform_hardcoded,                 // DL3029
      &rules::make_yum_install_without_yes,                 // DL3030
      &rules::make_yum_clean_all_missing,                   // DL3032
      &rules::make_yum_install_unpinned,                    // DL3033
      &rules::make_zypper_install_without_non_interactive,  // DL3034
      &rules::make_zypper_dist_upgrade,                     // DL3035
      &rules::make_zypper_clean_missing,                    // DL3036
      &rules::make_zypper_install_unpinned,                 // DL3037
      &rules::make_dnf_install_without_yes,                 // DL3038
      &rules::make_dnf_clean_all_missing,                   // DL3040
      &rules::make_dnf_install_unpinned,                    // DL3041
      &rules::make_pip_install_cache_dir,                   // DL3042
      &rules::make_onbuild_forbidden_trigger,               // DL3043
      &rules::make_env_same_instruction_reference,          // DL3044
      &rules::make_copy_relative_dest_without_workdir,      // DL3045
      &rules::make_useradd_high_uid_without_no_log_init,    // DL3046
      &rules::make_wget_without_progress,                   // DL3047
      &rules::make_label_key_invalid,                       // DL3048
      &rules::make_label_missing,                           // DL3049
      &rules::make_label_superfluous,                       // DL3050
      &rules::make_label_empty,                             // DL3051
      &rules::make_label_not_url,                           // DL3052
      &rules::make_label_not_rfc3339,                       // DL3053
      &rules::make_label_not_spdx,                          // DL3054
      &rules::make_label_not_git_hash,                      // DL3055
      &rules::make_label_not_semver,                        // DL3056
      &rules::make_healthcheck_missing,                     // DL3057
      &rules::make_label_not_email,                         // DL3058
      &rules::make_consecutive_run_instructions,            // DL3059
      &rules::make_yarn_cache_not_cleaned,                  // DL3060
      &rules::make_instruction_before_from,                 // DL3061
      &rules::make_go_install_unpinned,                     // DL3062
      &rules::make_reserved_stage_name,                     // DL3063
      &rules::make_secret_in_arg_or_env,                    // DL3064
      &rules::make_from_platform_redundant,                 // DL3065
      &rules::make_user_not_numeric,                        // DL3066
      &rules::make_copy_whole_filesystem_from_stage,        // DL3067
      &rules::make_maintainer_instruction,                  // DL4000
      &rules::make_wget_and_curl_both_used,                 // DL4001
      &rules::make_multiple_cmds,                           // DL4003
      &rules::make_multiple_entrypoints,                    // DL4004
      &rules::make_symlink_to_bin_sh,                       // DL4005
      &rules::make_pipe_without_pipefail,                   // DL4006
                                                            // END RULES
  };
  return kRules;
}

}  // namespace distill::lint
