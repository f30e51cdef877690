// am-promql: Prometheus's own PromQL parser and engine over series given as JSON, for the tests of the telemetry
// collector's generated queries (Red Hat Telemetry answers PromQL; its engine cannot run here, Prometheus's can).
//
// Standard input: {"series": [{"labels": {...}, "samples": [[unixMillis, value], ...]}],
//
//	"queries": [{"expr": "...", "time": unixMillis}]}
//
// Standard output, one JSON line per query: {"selectors": [...], "vector": [...]} or {"error": "..."}, where
// "selectors" lists every vector and matrix selector of the parsed expression with its label matchers.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/prometheus/common/promslog"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/promql"
	"github.com/prometheus/prometheus/promql/parser"
	"github.com/prometheus/prometheus/tsdb"
)

type series struct {
	Labels  map[string]string `json:"labels"`
	Samples [][2]float64      `json:"samples"`
}

type query struct {
	Expr string `json:"expr"`
	Time int64  `json:"time"`
}

type input struct {
	Series  []series `json:"series"`
	Queries []query  `json:"queries"`
}

type matcher struct {
	Name  string `json:"name"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

type selector struct {
	Name     string    `json:"name"`
	Matchers []matcher `json:"matchers"`
}

type sample struct {
	Metric map[string]string `json:"metric"`
	Value  float64           `json:"value"`
}

type result struct {
	Error     string     `json:"error,omitempty"`
	Selectors []selector `json:"selectors"`
	Vector    []sample   `json:"vector"`
	Scalar    *float64   `json:"scalar,omitempty"`
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "am-promql:", err)
	os.Exit(1)
}

func selectorsOf(expr parser.Expr) []selector {
	out := []selector{}
	parser.Inspect(expr, func(node parser.Node, _ []parser.Node) error {
		if vs, ok := node.(*parser.VectorSelector); ok {
			s := selector{Name: vs.Name, Matchers: []matcher{}}
			for _, m := range vs.LabelMatchers {
				s.Matchers = append(s.Matchers, matcher{Name: m.Name, Type: m.Type.String(), Value: m.Value})
			}
			out = append(out, s)
		}
		return nil
	})
	return out
}

// The engine's default parser options: what a Prometheus-compatible query API accepts without feature flags.
var promqlParser = parser.NewParser(parser.Options{})

func evaluate(ctx context.Context, engine *promql.Engine, db *tsdb.DB, q query) result {
	expr, err := promqlParser.ParseExpr(q.Expr)
	if err != nil {
		return result{Error: err.Error()}
	}
	r := result{Selectors: selectorsOf(expr), Vector: []sample{}}
	qry, err := engine.NewInstantQuery(ctx, db, nil, q.Expr, time.UnixMilli(q.Time))
	if err != nil {
		return result{Error: err.Error(), Selectors: r.Selectors}
	}
	defer qry.Close()
	res := qry.Exec(ctx)
	if res.Err != nil {
		return result{Error: res.Err.Error(), Selectors: r.Selectors}
	}
	switch v := res.Value.(type) {
	case promql.Vector:
		for _, s := range v {
			r.Vector = append(r.Vector, sample{Metric: s.Metric.Map(), Value: s.F})
		}
	case promql.Scalar:
		f := v.V
		r.Scalar = &f
	default:
		return result{Error: fmt.Sprintf("unsupported result type %s", res.Value.Type()), Selectors: r.Selectors}
	}
	return r
}

func main() {
	var in input
	if err := json.NewDecoder(os.Stdin).Decode(&in); err != nil {
		fail(err)
	}
	dir, err := os.MkdirTemp("", "am-promql-")
	if err != nil {
		fail(err)
	}
	defer os.RemoveAll(dir)
	logger := promslog.NewNopLogger()
	db, err := tsdb.Open(dir, logger, nil, tsdb.DefaultOptions(), nil)
	if err != nil {
		fail(err)
	}
	defer db.Close()
	ctx := context.Background()
	app := db.Appender(ctx)
	for _, s := range in.Series {
		ls := labels.FromMap(s.Labels)
		for _, p := range s.Samples {
			if _, err := app.Append(0, ls, int64(p[0]), p[1]); err != nil {
				fail(fmt.Errorf("series %v: %w", s.Labels, err))
			}
		}
	}
	if err := app.Commit(); err != nil {
		fail(err)
	}
	engine := promql.NewEngine(promql.EngineOpts{
		Logger:        logger,
		Parser:        promqlParser,
		MaxSamples:    50_000_000,
		Timeout:       time.Minute,
		LookbackDelta: 5 * time.Minute,
	})
	enc := json.NewEncoder(os.Stdout)
	for _, q := range in.Queries {
		if err := enc.Encode(evaluate(ctx, engine, db, q)); err != nil {
			fail(err)
		}
	}
}
