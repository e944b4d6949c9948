import Plan

typealias PlanFormat = PlanRenderer.Format
