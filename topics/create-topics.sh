#!/bin/sh
# Creates the topics defined by the *.properties files beside this script (or in the folder
# given as $1) with kafka-topics.sh. Idempotent: a topic that exists is left as it is
# (`articleflow topics check` reports how it differs). Used by docker-compose's `topics` service.
#
# Environment:
#   BOOTSTRAP_SERVERS   the cluster (default kafka:9092)
#   REPLICATION_FACTOR  replaces every file's replication.factor (1 for a single broker)
#   COMMAND_CONFIG      client properties file for a secured cluster (optional)
#   KAFKA_TOPICS        the kafka-topics.sh to call (default /opt/kafka/bin/kafka-topics.sh)
#   WAIT_SECONDS        how long to wait for the cluster to answer (default 60)
#
# The file format is the one articleflow's TopicCatalog reads: key=value per line, split at
# the first '=', blanks around key and value trimmed, '#' comments; keys name, partitions,
# replication.factor and config.<topic config>.
set -eu

dir=${1:-$(dirname "$0")}
bootstrap=${BOOTSTRAP_SERVERS:-kafka:9092}
kafka_topics=${KAFKA_TOPICS:-/opt/kafka/bin/kafka-topics.sh}
wait_seconds=${WAIT_SECONDS:-60}

trim() {
    # POSIX parameter expansion: drop leading, then trailing blanks
    value=$1
    value=${value#"${value%%[![:space:]]*}"}
    value=${value%"${value##*[![:space:]]}"}
    printf '%s' "$value"
}

fail() {
    echo "create-topics: $*" >&2
    exit 1
}

client_config() {
    if [ -n "${COMMAND_CONFIG:-}" ]; then
        printf '%s\n' --command-config "$COMMAND_CONFIG"
    fi
}

# Bounded wait: the broker container may be up before it answers.
waited=0
until "$kafka_topics" --bootstrap-server "$bootstrap" $(client_config) --list >/dev/null 2>&1; do
    waited=$((waited + 2))
    [ "$waited" -le "$wait_seconds" ] || fail "no answer from $bootstrap within $wait_seconds s"
    sleep 2
done

found=0
for file in "$dir"/*.properties; do
    [ -e "$file" ] || fail "no *.properties topic files in $dir"
    found=$((found + 1))
    name='' partitions='' replication='' min_isr=''
    set --   # the --config arguments of this topic, kept quoted in "$@"
    line_number=0
    while IFS= read -r line || [ -n "$line" ]; do
        line_number=$((line_number + 1))
        line=$(trim "$line")
        case $line in
            '' | '#'*) continue ;;
            *=*) ;;
            *) fail "$file:$line_number: expected key=value, got: $line" ;;
        esac
        key=$(trim "${line%%=*}")
        value=$(trim "${line#*=}")
        case $key in
            name) name=$value ;;
            partitions) partitions=$value ;;
            replication.factor) replication=$value ;;
            config.min.insync.replicas) min_isr=$value ;;
            config.?*) set -- "$@" --config "${key#config.}=$value" ;;
            *) fail "$file:$line_number: unknown key $key" ;;
        esac
    done < "$file"
    [ -n "$name" ] || fail "$file: name is missing"
    [ -n "$partitions" ] || fail "$file: partitions is missing"
    [ -n "$replication" ] || fail "$file: replication.factor is missing"
    [ "$(basename "$file")" = "$name.properties" ] || fail "$file defines topic $name; name the file $name.properties"
    replication=${REPLICATION_FACTOR:-$replication}
    # more in-sync replicas than replicas would refuse every acks=all write
    if [ -n "$min_isr" ]; then
        [ "$min_isr" -le "$replication" ] || min_isr=$replication
        set -- "$@" --config "min.insync.replicas=$min_isr"
    fi
    echo "topic $name: $partitions partitions, replication factor $replication"
    "$kafka_topics" --bootstrap-server "$bootstrap" $(client_config) --create --if-not-exists \
        --topic "$name" --partitions "$partitions" --replication-factor "$replication" "$@"
done
echo "create-topics: $found topic definitions applied to $bootstrap"
