// Reads the pack's reviewed.yaml (the editor's decisions on extracted facts) with the loader's own defences; an
// absent file means no decisions yet, a broken one is a pack problem like a broken facts.yaml.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { PackProblem } from '../pack-problem.ts';
import { zodProblems } from '../parse-article.ts';
import { parseYaml, readPackText } from '../read-pack-file.ts';
import { REVIEWED_FILE, reviewFileSchema, type ReviewDecision } from './review-file.ts';

export function readReviewDecisions(dir: string, problems: PackProblem[]): ReviewDecision[] {
  if (!existsSync(path.join(dir, REVIEWED_FILE))) return [];
  const read = readPackText(dir, REVIEWED_FILE);
  const problem = (message: string): ReviewDecision[] => {
    problems.push({ file: REVIEWED_FILE, path: '', message });
    return [];
  };
  if (!read.ok) return problem(read.message);
  const yaml = parseYaml(read.text);
  if (!yaml.ok) return problem(yaml.message);
  const parsed = reviewFileSchema.safeParse(yaml.value ?? {});
  if (!parsed.success) {
    problems.push(...zodProblems(REVIEWED_FILE, parsed.error));
    return [];
  }
  return parsed.data.decisions;
}
