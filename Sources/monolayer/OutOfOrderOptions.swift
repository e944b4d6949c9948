import ArgumentParser

/// `--allow-out-of-order`, for the commands that apply migrations (migrate, migrations apply, sync).
struct OutOfOrderOptions: ParsableArguments {
    @Flag(name: .customLong("allow-out-of-order"),
          help: "Apply pending migrations older than one already applied in their phase (after merging a branch). Without it they are refused (exit 3).")
    var allowOutOfOrder = false
}
