# Runs the `ruby` filters of a rendered Logstash pipeline on events, under JRuby (the Ruby Logstash runs them in).
#
# Input (standard input, JSON): {"filters": [{"id", "init", "code"}], "events": [{...}, ...]}. Every filter is set up
# once as logstash-filter-ruby does (`init` evaluated in the filter's binding, `code` wrapped in
# `lambda { |event, &new_event_block| ... }`), then each event goes through the filters in order, stopping when one
# cancels it. A filter that raises tags the event `_rubyexception`, as the plugin's default `tag_on_exception` does,
# and the error is reported. Output (standard output): one JSON line per event,
# {"data": to_hash, "metadata": @metadata, "cancelled": bool, "errors": [{"id", "error"}]}.
#
# Logstash itself (logstash-core's Event) is on no registry these machines reach: StandInEvent below stands in for it.
require "json"

# Stands in for logstash-core's Event as its Ruby extension exposes it (org.logstash.Event, FieldReference,
# JrubyEventExtLibrary; read in elastic/logstash at v9.5.2): field references `[a][b]` or a bare top-level name;
# `@metadata` kept apart from the data and left out of `to_hash`; `get` returns a copy, or nil through a missing
# step (an array step takes an integer index); `set` creates the hashes on its way and refuses to go through a value
# that is not one; `remove` returns what it removed; `cancel` flags the event; `tag` appends to `tags` once. Only
# what the generated Ruby and the plugin call is here (no `include?`, whose null handling nothing exercises).
# Values are plain JSON values, which Logstash turns into the same Ruby classes (String, Integer, Float, true, false,
# nil, Array, Hash); `@timestamp` is given as the string a LogStash::Timestamp prints (ISO 8601 UTC, milliseconds).
class StandInEvent
  REFERENCE = /\A(?:\[[^\[\]]+\])+\z|\A[^\[\]]+\z/

  def initialize(data)
    @data = copy(data)
    @metadata = @data.delete("@metadata") || {}
    @cancelled = false
  end

  def get(ref)
    root, path = locate(ref)
    copy(path.reduce(root) { |cur, key| step(cur, key) })
  end

  def set(ref, value)
    root, path = locate(ref)
    raise ArgumentError, "cannot set #{ref}" if path.empty?
    parent = path[0..-2].reduce(root) do |cur, key|
      cur[key] = {} if cur[key].nil?
      raise ArgumentError, "Could not set field #{ref}: [#{key}] is not a map" unless cur[key].is_a?(Hash)
      cur[key]
    end
    parent[path.last] = copy(value)
  end

  def remove(ref)
    root, path = locate(ref)
    parent = path[0..-2].reduce(root) { |cur, key| step(cur, key) }
    parent.is_a?(Hash) ? parent.delete(path.last) : nil
  end

  def cancel
    @cancelled = true
  end

  def cancelled?
    @cancelled
  end

  def tag(value)
    tags = Array(@data["tags"])
    @data["tags"] = tags.include?(value) ? tags : tags + [value]
  end

  def to_hash
    copy(@data)
  end

  def metadata
    copy(@metadata)
  end

  private

  def locate(ref)
    raise ArgumentError, "not a field reference: #{ref.inspect}" unless ref.is_a?(String) && ref =~ REFERENCE
    path = ref.start_with?("[") ? ref.scan(/\[([^\[\]]+)\]/).flatten : [ref]
    path.first == "@metadata" ? [@metadata, path.drop(1)] : [@data, path]
  end

  def step(cur, key)
    return cur[key] if cur.is_a?(Hash)
    return cur[key.to_i] if cur.is_a?(Array) && key =~ /\A-?\d+\z/
    nil
  end

  def copy(value)
    case value
    when Hash then value.each_with_object({}) { |(k, v), h| h[k] = copy(v) }
    when Array then value.map { |v| copy(v) }
    when String then value.dup
    else value
    end
  end
end

# One `ruby` filter, set up as logstash-filter-ruby's `register` does.
class RubyFilter
  attr_reader :id

  def initialize(id, init, code)
    @id = id
    eval(init, binding, "(ruby filter init)") if init
    eval("@codeblock = lambda { |event, &new_event_block| #{code} }", binding, "(ruby filter code)")
  end

  def filter(event)
    @codeblock.call(event)
    nil
  rescue Exception => e # as the plugin does
    event.tag("_rubyexception")
    "#{e.class}: #{e.message}"
  end
end

input = JSON.parse($stdin.read)
filters = input.fetch("filters").map { |f| RubyFilter.new(f.fetch("id"), f["init"], f.fetch("code")) }
input.fetch("events").each do |data|
  event = StandInEvent.new(data)
  errors = []
  filters.each do |f|
    break if event.cancelled?
    error = f.filter(event)
    errors << { "id" => f.id, "error" => error } if error
  end
  puts JSON.generate(
    "data" => event.to_hash, "metadata" => event.metadata, "cancelled" => event.cancelled?, "errors" => errors,
  )
end
