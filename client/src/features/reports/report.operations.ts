import { graphql } from '../../api/generated/gql';

export const DashboardQuery = graphql(`
  query Dashboard(
    $from: LocalDate!
    $to: LocalDate!
    $officeId: ID
    $officerId: ID
    $grouping: ReportGrouping
    $month: String!
    $forecastFrom: LocalDate!
    $forecastTo: LocalDate!
  ) {
    salesFunnel(from: $from, to: $to, officeId: $officeId, officerId: $officerId, grouping: $grouping) {
      stages {
        stage
        entered
        conversionToNext
      }
      series {
        period
        stage
        entered
      }
    }
    pipelineVelocity(from: $from, to: $to, officeId: $officeId, officerId: $officerId) {
      stages {
        stage
        medianDays
        p90Days
        sampleSize
      }
      medianDaysToWin
      wonSampleSize
    }
    forecast(from: $forecastFrom, to: $forecastTo, officeId: $officeId, officerId: $officerId) {
      months {
        month
        leadCount
        weightedAmount
        defaultWeightedAmount
      }
      probabilities {
        stage
        probability
        defaultProbability
        sampleSize
      }
    }
    winLoss(from: $from, to: $to, officeId: $officeId, officerId: $officerId) {
      wonCount
      wonAmount
      lostCount
      lostAmount
      winRate
      rows {
        dimension
        key
        label
        wonCount
        wonAmount
        lostCount
        lostAmount
      }
    }
    campaignReturn(from: $from, to: $to, officeId: $officeId, officerId: $officerId) {
      rows {
        campaignId
        name
        spend
        leads
        costPerLead
        wonCount
        costPerWon
        disbursement
        disbursementPerRupiah
      }
    }
    portfolioTrend(from: $from, to: $to, officeId: $officeId, officerId: $officerId) {
      points {
        monthEnd
        loanCount
        outstanding
        npl
        par30
      }
    }
    receivablesTrend(from: $from, to: $to, officeId: $officeId, officerId: $officerId, grouping: $grouping) {
      points {
        period
        periodEnd
        outstanding
        overdue
        current
        d1to30
        d31to60
        d61to90
        over90
        issued
        collected
      }
    }
    complaintSlaTrend(from: $from, to: $to, officeId: $officeId, officerId: $officerId, grouping: $grouping) {
      points {
        period
        periodEnd
        received
        resolved
        resolvedWithinSla
        breached
        compliance
        openPastDeadline
      }
    }
    officerPerformance(month: $month, officeId: $officeId, officerId: $officerId) {
      month
      rows {
        officer {
          id
          name
        }
        newLeads
        followUpsDone
        visits
        offers
        wonCount
        wonAmount
        noa
        disbursement
        outstanding
        collectionRate
        par30
        targets {
          metric
          target
          actual
          achievement
        }
      }
    }
  }
`);

export const ReportOfficesQuery = graphql(`
  query ReportOffices {
    offices(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

export const SetTargetsMutation = graphql(`
  mutation SetTargets($input: SetTargetsInput!) {
    setTargets(input: $input) {
      id
      officerId
      month
      metric
      value
      version
    }
  }
`);

export const RecommendationsQuery = graphql(`
  query Recommendations($from: LocalDate!, $to: LocalDate!, $officeId: ID) {
    recommendations(from: $from, to: $to, officeId: $officeId) {
      code
      title
      detail
      evidence {
        label
        value
      }
      links {
        type
        id
      }
    }
  }
`);
