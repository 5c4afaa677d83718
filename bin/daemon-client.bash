# Sourced by the mailroom launcher (and by tests): asks a running Mailroom daemon to answer a
# read-only command, so that the command does not pay for a JVM start. See CliDaemon.java for
# the protocol.

served=" search similar show threads stats "
data_dir=""

find_data_dir() {
    # Sets data_dir and request (the arguments without --data-dir); fails for what the daemon
    # should not answer (help, files relative to this directory, PostgreSQL settings).
    request=()
    local next=0 a
    for a in "$@"; do
        if [ "$next" = 1 ]; then data_dir="$a"; next=0; continue; fi
        case "$a" in
            --data-dir) next=1 ;;
            --data-dir=*) data_dir="${a#--data-dir=}" ;;
            -h|--help|-V|--version|--queries|--queries=*) return 1 ;;
            *) request+=("$a") ;;
        esac
    done
    [ -z "$data_dir" ] && data_dir="${MAILROOM_DATA_DIR:-data}"
    case "$data_dir" in /*) ;; *) data_dir="$PWD/$data_dir" ;; esac
    [ -z "${MAILROOM_DATABASE_URL:-}" ]
}

ask_daemon() {
    # Runs the command in the daemon and exits with its code; returns when there is none.
    local port token pid code errlen err tty=0
    [ -r "$data_dir/.daemon" ] || return 1
    read -r port token pid < "$data_dir/.daemon" 2>/dev/null || return 1
    { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || return 1
    [ -t 1 ] && tty=1
    # One write for the whole request: two small writes would wait on TCP's delayed acknowledgement.
    printf '%s\0' "MAILROOM1 $token $tty $(( ${#request[@]} + 1 ))" "$data_dir" "${request[@]}" >&3
    if ! read -r code errlen <&3 || [ "$code" = FALLBACK ]; then
        exec 3<&-
        return 1
    fi
    if [ "$errlen" -gt 0 ]; then
        LC_ALL=C IFS= read -r -d '' -N "$errlen" err <&3 || true
        printf '%s' "$err" >&2
    fi
    # nothing is left to do after the output: let cat take this process's place
    [ "$code" = 0 ] && exec cat <&3
    cat <&3
    exec 3<&-
    exit "$code"
}

