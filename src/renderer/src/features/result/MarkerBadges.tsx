// Marker badges as text, separated by spaces so they read as words, not one run-on string.
import { Fragment } from 'react';
import type { Marker } from '../../../../shared/presentation/markers';

export function MarkerBadges({ markers }: { markers: Marker[] }) {
  return markers.map((marker, index) => (
    <Fragment key={marker.kind}>
      {index > 0 && ' '}
      <span className={`tl-badge tl-badge-${marker.kind}`}>{marker.text}</span>
    </Fragment>
  ));
}
