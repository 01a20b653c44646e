UPDATE feedback_analysis SET churn_risk = 0 WHERE id BETWEEN 1 AND 10000 AND churn_risk IS NULL;
